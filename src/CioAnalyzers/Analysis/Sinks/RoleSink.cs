using System.Collections.Immutable;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>A place where a C# value, or constant text of a URL, reaches Customer.io with a role.</summary>
    internal sealed class RoleSink
    {
        private RoleSink(ApiRole role, IOperation? value, string? constantText, SyntaxNode syntax, string elementName, SyntaxNode? removableMember,
            PayloadDates dates = PayloadDates.NotSerialized)
        {
            Dates = dates;
            Role = role;
            Value = value;
            ConstantText = constantText;
            Syntax = syntax;
            ElementName = elementName;
            RemovableMember = removableMember;
        }

        /// <summary>A C# value sent with <paramref name="role"/>.</summary>
        public static RoleSink ForValue(ApiRole role, IOperation value, string elementName, SyntaxNode? removableMember = null, string? escapeTurnedOff = null)
            => new(role, value, null, value.Syntax, elementName, removableMember) { EscapeTurnedOff = escapeTurnedOff };

        /// <summary>A raw HTTP request to Customer.io: the operation that sends it, with its URL.</summary>
        public static RoleSink ForRequest(HttpRequest request)
            => new(ApiRole.Request, request.Operation, null, request.Operation.Syntax, request.Name, null) { Request = request };

        /// <summary>
        /// A call whose value is the response of a Customer.io request made in another member (a wrapper that returns
        /// it, a builder of the message it sends): its caller has the response to check.
        /// </summary>
        public static RoleSink ForReturnedResponse(IOperation call, HttpRequest request, string elementName)
            => new(ApiRole.ReturnedResponse, call, null, call.Syntax, elementName, null) { Request = request };

        /// <summary>A member of a JSON payload, written by a serialiser that treats dates as <paramref name="dates"/> says.</summary>
        public static RoleSink ForPayloadValue(ApiRole role, IOperation value, string elementName, PayloadDates dates, SyntaxNode? removableMember)
            => new(role, value, null, value.Syntax, elementName, removableMember, dates);

        /// <summary>
        /// A JSON key as it goes on the wire: <see cref="Syntax"/> is where it is written, <see cref="Value"/> what is written
        /// under it; <paramref name="envelope"/>, for a key at the top of a request with an envelope, that envelope's fields.
        /// </summary>
        public static RoleSink ForKey(ApiRole role, PayloadKey key, ImmutableArray<string> envelope = default)
            => new(role, key.Value, null, key.Written, $"JSON \"{key.WireKey}\"", null)
            {
                EnvelopeFields = envelope.IsDefault ? ImmutableArray<string>.Empty : envelope,
                WireKey = key.WireKey,
                NameDeclaration = key.NameDeclaration,
                NameAttribute = key.NameAttribute,
                KeyInitializer = key.Initializer,
                KeyInitializerSize = key.InitializerSize,
            };

        /// <summary>An Authorization header written for a Customer.io API: its value is the header's.</summary>
        public static RoleSink ForHeader(AuthorizationHeader header)
            => new(ApiRole.AuthorizationHeader, header.Value, null, header.Value.Syntax, header.Name, null) { Header = header };

        /// <summary>Text written into a URL (a path segment made only of text), found in <paramref name="syntax"/>.</summary>
        public static RoleSink ForConstantText(ApiRole role, string text, SyntaxNode syntax, string elementName)
            => new(role, null, text, syntax, elementName, null);

        public ApiRole Role { get; }

        /// <summary>For a request sink: the request, with its URL and body; otherwise null.</summary>
        public HttpRequest? Request { get; private set; }

        /// <summary>The value sent (for a key: the value written under it, if any); null for constant URL text (see <see cref="ConstantText"/>).</summary>
        public IOperation? Value { get; }

        /// <summary>For a URL path segment made only of text: that text; otherwise null.</summary>
        public string? ConstantText { get; }

        /// <summary>For a key sink: the key as the serialiser writes it; otherwise null.</summary>
        public string? WireKey { get; private set; }

        /// <summary>The value's syntax, or the URL expression that holds the constant text.</summary>
        public SyntaxNode Syntax { get; }

        /// <summary>How the element is named in messages: <c>CustomerIo(siteId)</c>, <c>JSON "created_at"</c>.</summary>
        public string ElementName { get; }

        /// <summary>A payload member that can be dropped without losing meaning (an <c>id</c> the URL already carries).</summary>
        public SyntaxNode? RemovableMember { get; }

        /// <summary>For a key: the node that gives it its name (see <see cref="PayloadKey.NameDeclaration"/>).</summary>
        public SyntaxNode? NameDeclaration { get; private set; }

        /// <summary>For a key named by a property: the attribute its serialiser reads (see <see cref="PayloadKey.NameAttribute"/>).</summary>
        public string? NameAttribute { get; private set; }

        /// <summary>For a key at the top of a request with an envelope: the fields of that envelope (see <see cref="Model.EnvelopeFields"/>); otherwise empty.</summary>
        public ImmutableArray<string> EnvelopeFields { get; private set; } = ImmutableArray<string>.Empty;

        /// <summary>For the first key of an anonymous object or dictionary initializer: that initializer (see <see cref="PayloadKey.Initializer"/>).</summary>
        public SyntaxNode? KeyInitializer { get; private set; }

        /// <summary>With <see cref="KeyInitializer"/>: how many members it writes.</summary>
        public int KeyInitializerSize { get; private set; }

        /// <summary>For an Authorization header sink: the header, its API, scheme and parameter.</summary>
        public AuthorizationHeader? Header { get; private set; }

        /// <summary>
        /// For a path segment that the library escapes unless told not to, and was told: how (RestSharp's
        /// <c>encode: false</c>). The fix is then to let it escape, not to escape the value.
        /// </summary>
        public string? EscapeTurnedOff { get; private set; }

        /// <summary>How a date sent here is written: only payload members are serialised by a JSON library.</summary>
        public PayloadDates Dates { get; }

        /// <summary>
        /// For a value passed to the user's own method that sends it on (an inferred wrapper): the call in that method's
        /// chain that sends it to Customer.io; otherwise null.
        /// </summary>
        public SyntaxNode? SentBy { get; private set; }

        /// <summary>
        /// For a value passed to an inferred wrapper: the sink the wrapper's own parameter makes there, where a rule that
        /// judges the parameter itself (its type, its name) already reports; otherwise null.
        /// </summary>
        public RoleSink? InWrapper { get; private set; }

        /// <summary>Marks a sink made for a wrapper's caller with the call that finally sends its value and the wrapper's own sink.</summary>
        internal RoleSink SentThrough(SyntaxNode sender, RoleSink? inWrapper)
        {
            SentBy = sender;
            InWrapper = inWrapper;
            return this;
        }
    }
}
