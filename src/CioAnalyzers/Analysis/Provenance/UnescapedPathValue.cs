using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// A string written into a URL path segment without <c>Uri.EscapeDataString</c>: as it is, or through an encoder made
    /// for something else (<c>WebUtility.UrlEncode</c>). Numbers, Guids, enums and constants of unreserved characters
    /// need no escaping; a value escaped directly, through a local assigned once or in a member it reads (a helper
    /// returning <c>Uri.EscapeDataString(id)</c>), is done right.
    /// </summary>
    internal sealed class UnescapedPathValue
    {
        private UnescapedPathValue(SyntaxNode mistake, SyntaxNode? fixTarget, string? wrongEncoder, string valueText)
        {
            Mistake = mistake;
            FixTarget = fixTarget;
            WrongEncoder = wrongEncoder;
            ValueText = valueText;
        }

        /// <summary>The value as written, for the message: the encoder's argument when one was used.</summary>
        public string ValueText { get; }

        /// <summary>The value written into the path, or the wrong encoder's call.</summary>
        public SyntaxNode Mistake { get; }

        /// <summary>The expression to wrap in <c>Uri.EscapeDataString</c>, or the encoder call to replace by it; null when neither is safe.</summary>
        public SyntaxNode? FixTarget { get; }

        /// <summary>The wrong encoder's name (<c>WebUtility.UrlEncode</c>); null when the value is not escaped at all.</summary>
        public string? WrongEncoder { get; }

        public static UnescapedPathValue? Find(IOperation hole)
        {
            var value = Operations.SkipConversions(hole);
            if (value.Type?.SpecialType != SpecialType.System_String)
            {
                // A number, Guid, enum or other object: its text is not the analyser's to judge, and ids of those types need no escaping.
                return null;
            }

            if (ConstantStrings.TryGet(value, out var constant, out _))
            {
                return AllUnreserved(constant) ? null : new UnescapedPathValue(value.Syntax, null, null, value.Syntax.ToString());
            }

            var origin = value;
            ILocalReferenceOperation? local = null;
            if (value is ILocalReferenceOperation reference && LocalValues.TryGetSingleValue(reference, out var initializer))
            {
                local = reference;
                origin = Operations.SkipConversions(initializer);
            }

            if (IsEscaped(origin, Flow.Start))
            {
                return null;
            }

            if (origin is IInvocationOperation call)
            {
                var method = call.TargetMethod;
                if (UrlEscaping.IsEscape(method))
                {
                    return null;
                }

                if (UrlEscaping.WrongEncoderName(method) is { } encoder)
                {
                    // Replaced only when the text alone is encoded, and no other use of a local would change with it.
                    var replaceable = call.Arguments.Length == 1 && call.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String
                        && (local is null || LocalValues.CountReads(local.Local, local) == 1);
                    var encoded = call.Arguments.Length > 0 ? call.Arguments[0].Value.Syntax.ToString() : call.Syntax.ToString();
                    return new UnescapedPathValue(call.Syntax, replaceable ? call.Syntax : null, encoder, encoded);
                }

                if (UrlEscaping.SaysItEscapes(method)
                    || (method.Name == nameof(ToString) && UrlEscaping.HasPathSafeText(call.Instance?.Type)))
                {
                    return null;
                }
            }

            return new UnescapedPathValue(value.Syntax, value.Syntax, null, value.Syntax.ToString());
        }

        /// <summary>
        /// Escaped where it is made: <c>Uri.EscapeDataString(...)</c>, or a member (helper, property, field) whose every
        /// value is (see <see cref="MemberValues"/>).
        /// </summary>
        private static bool IsEscaped(IOperation value, Flow flow)
        {
            value = Operations.SkipConversions(value);
            if (value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                value = Operations.SkipConversions(initializer);
            }

            if (value is IInvocationOperation call && UrlEscaping.IsEscape(call.TargetMethod))
            {
                return true;
            }

            if (MemberValues.Of(value, flow, out var next) is not { PassedThrough: false } member)
            {
                return false;
            }

            foreach (var produced in member.Values)
            {
                if (!IsEscaped(produced, next))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool AllUnreserved(string text)
        {
            foreach (var c in text)
            {
                if (!UrlEscaping.IsUnreserved(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
