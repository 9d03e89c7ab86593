using System.Globalization;
using System.Text;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO1006: a constant over one of Customer.io's size limits (identifier, event name, attribute name or value, attributes
    /// per request); reported on the constant, or on the initializer that writes too many attributes.
    /// </summary>
    public sealed class SizeLimitRule : SinkRule
    {
        public const string Id = "CIO1006";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Over a Customer.io size limit",
            "{0}, over Customer.io's limit of {1}: the request is rejected",
            RuleCatalog.Categories.Data,
            "Customer.io rejects with 400 an identifier over 150 bytes, an event name over 100 bytes, an attribute name over 150 bytes, an attribute value over 1000 bytes and more than 300 attributes in one request. Bytes are UTF-8 bytes: an accented letter counts two.");

        private static readonly Encoding Utf8 = new UTF8Encoding(false);

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role is ApiRole.CustomerId or ApiRole.EventName or ApiRole.AttributeName;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            switch (sink.Role)
            {
                case ApiRole.CustomerId:
                    CheckText(sink, CustomerIoLimits.IdentifierBytes, "The customer identifier", report);
                    break;

                case ApiRole.EventName:
                    CheckText(sink, CustomerIoLimits.EventNameBytes, "The event name", report);
                    break;

                case ApiRole.AttributeName when sink.WireKey is { } key:
                    var keyBytes = Utf8.GetByteCount(key);
                    if (keyBytes > CustomerIoLimits.AttributeNameBytes)
                    {
                        report.Report(Descriptor, sink.Syntax, null, null, $"The attribute name is {Bytes(keyBytes)}", Bytes(CustomerIoLimits.AttributeNameBytes));
                    }

                    if (sink.Value is not null && ConstantStrings.TryGet(sink.Value, out var value, out var origin) && Utf8.GetByteCount(value) > CustomerIoLimits.AttributeValueBytes)
                    {
                        report.Report(Descriptor, origin.Syntax, null, null, $"The value of attribute \"{key}\" is {Bytes(Utf8.GetByteCount(value))}", Bytes(CustomerIoLimits.AttributeValueBytes));
                    }

                    if (sink.KeyInitializer is { } initializer && sink.KeyInitializerSize > CustomerIoLimits.AttributesPerRequest)
                    {
                        report.Report(Descriptor, initializer, null, null, $"This payload writes {sink.KeyInitializerSize.ToString(CultureInfo.InvariantCulture)} attributes",
                            CustomerIoLimits.AttributesPerRequest.ToString(CultureInfo.InvariantCulture) + " attributes");
                    }

                    break;
            }
        }

        private void CheckText(RoleSink sink, int limit, string what, SinkReport report)
        {
            // Text of a URL: percent-encoded text is shorter once decoded, so only plain text is measured.
            if (!ConstantStrings.TryGetSent(sink, out var text, out var written) || (sink.Value is null && text.IndexOf('%') >= 0))
            {
                return;
            }

            var bytes = Utf8.GetByteCount(text);
            if (bytes > limit)
            {
                report.Report(Descriptor, written, null, null, $"{what} is {Bytes(bytes)}", Bytes(limit));
            }
        }

        private static string Bytes(int count) => count.ToString(CultureInfo.InvariantCulture) + " bytes";
    }
}
