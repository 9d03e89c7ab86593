using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Model;
using CioAnalyzers.Model.Ties;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>A raw HTTP request to Customer.io: its URL and the body sent with it.</summary>
    internal sealed class HttpRequest
    {
        public HttpRequest(IOperation operation, IOperation urlOperation, CustomerIoUrl url, IOperation? body)
        {
            Operation = operation;
            UrlOperation = urlOperation;
            Url = url;
            Body = body;
        }

        /// <summary>The HttpClient call or the HttpRequestMessage creation.</summary>
        public IOperation Operation { get; }

        /// <summary>How messages name the request: <c>HttpClient.PostAsJsonAsync</c>, <c>new HttpRequestMessage</c>, <c>RestClient.Execute</c>.</summary>
        public string Name
        {
            get => name ?? Operation switch
            {
                IInvocationOperation call => "HttpClient." + call.TargetMethod.Name,
                IObjectCreationOperation creation => "new " + creation.Type?.Name,
                _ => "the request",
            };
            init => name = value;
        }

        private readonly string? name;

        /// <summary>How the library that sends the body names its members, when the body is an object it serialises.</summary>
        public JsonNaming BodyNaming { get; init; }

        /// <summary>How the body's dates are written: ISO-8601 strings unless a serializer of the sender's choice writes them.</summary>
        public PayloadDates BodyDates { get; init; } = PayloadDates.IsoStrings;

        /// <summary>Run-time parts of the path that the library escapes itself (RestSharp's URL segments).</summary>
        public ImmutableHashSet<IOperation> EscapedByLibrary { get; init; } = ImmutableHashSet<IOperation>.Empty;

        /// <summary>Run-time parts of the path the library would escape but was told not to (RestSharp's <c>encode: false</c>).</summary>
        public ImmutableHashSet<IOperation> UnescapedByLibraryOption { get; init; } = ImmutableHashSet<IOperation>.Empty;

        /// <summary>How the library was told not to escape <see cref="UnescapedByLibraryOption"/>, in a message's words.</summary>
        public string? EscapeTurnedOffBy { get; init; }

        /// <summary>False when the send throws on an error status itself: its response needs no check.</summary>
        public bool ResponseUnchecked { get; init; } = true;

        /// <summary>Credentials the request carries in its own headers.</summary>
        public ImmutableArray<RoleSink> HeaderSinks { get; init; } = ImmutableArray<RoleSink>.Empty;

        public IOperation UrlOperation { get; }

        public CustomerIoUrl Url { get; }

        /// <summary>The content or value sent: an HttpContent, a serialised string or the object itself.</summary>
        public IOperation? Body { get; }
    }

    /// <summary>Recognises HttpClient calls and HttpRequestMessage constructions whose URL folds to a Customer.io host.</summary>
    internal static class HttpRequestReader
    {
        /// <summary>The request a call of an HttpClient method or HttpRequestMessage constructor makes, when its URL is Customer.io's.</summary>
        public static HttpRequest? TryRead(IOperation operation, ImmutableArray<IArgumentOperation> arguments, int urlOrdinal, CustomerIoModel model)
        {
            var urlOperation = Operations.ArgumentAt(arguments, urlOrdinal);
            if (urlOperation is null)
            {
                return null;
            }

            var urlText = UrlText(urlOperation, model.Types);
            if (urlText is null || CustomerIoUrl.StartsWithOtherHost(urlText))
            {
                return null;
            }

            var folded = StringFolding.Fold(urlText);
            var url = CustomerIoUrl.TryRead(folded) ?? TryReadRelative(folded, operation, model);
            return url is null ? null : new HttpRequest(operation, urlOperation, url, Body(operation));
        }

        /// <summary>
        /// A relative path counts when sent with a named client registered with a Customer.io BaseAddress, or, with any
        /// other client, in a type tied to a Customer.io host (see <see cref="TiePolicy.ApiMentionedBy"/>).
        /// </summary>
        private static CustomerIoUrl? TryReadRelative(FoldedString folded, IOperation operation, CustomerIoModel model)
        {
            if (!CustomerIoUrl.LooksLikeRelativeApiPath(folded.Text))
            {
                return null;
            }

            // A named client goes where its registration says, whatever the class around the call names.
            if (NamedClients.NameOf(operation, model.Types) is { } clientName)
            {
                return CustomerIoUrl.TryReadRelative(folded, model.Ties.NamedClientApi(clientName));
            }

            return operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart)?.ContainingType is { } type
                ? CustomerIoUrl.TryReadRelative(folded, model.Ties.ApiMentionedBy(type))
                : null;
        }

        /// <summary>The body, looked for only once the URL is known to be Customer.io's.</summary>
        private static IOperation? Body(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => Operations.ArgumentFor(invocation.Arguments, "content") ?? Operations.ArgumentFor(invocation.Arguments, "value"),
            IObjectCreationOperation creation => RequestMessageContent(creation),
            _ => null,
        };

        /// <summary>The string a URL argument is made of: the string itself, or the argument of <c>new Uri(...)</c>.</summary>
        internal static IOperation? UrlText(IOperation urlOperation, KnownTypes types)
        {
            var value = Operations.SkipConversions(urlOperation);
            if (value is ILocalReferenceOperation local && !KnownTypes.Is(value.Type, types.String) && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                value = Operations.SkipConversions(initializer);
            }

            if (value.Type?.SpecialType == SpecialType.System_String)
            {
                return value;
            }

            if (value is IObjectCreationOperation creation && KnownTypes.Is(creation.Type, types.Uri)
                && creation.Arguments.Length >= 1 && creation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
            {
                return creation.Arguments[0].Value;
            }

            return null;
        }

        /// <summary>The Content set in the initializer, or assigned later to the local that holds the message.</summary>
        private static IOperation? RequestMessageContent(IObjectCreationOperation creation)
        {
            var fromInitializer = creation.Initializer?.Initializers
                .OfType<ISimpleAssignmentOperation>()
                .FirstOrDefault(a => a.Target is IPropertyReferenceOperation { Property.Name: "Content" })?.Value;
            if (fromInitializer is not null)
            {
                return fromInitializer;
            }

            var declarator = creation.Parent?.Parent as IVariableDeclaratorOperation;
            if (declarator is null)
            {
                return null;
            }

            return Operations.InSameBody(creation)
                .OfType<ISimpleAssignmentOperation>()
                .FirstOrDefault(a => a.Target is IPropertyReferenceOperation { Property.Name: "Content", Instance: ILocalReferenceOperation local }
                    && SymbolEqualityComparer.Default.Equals(local.Local, declarator.Symbol))?.Value;
        }
    }
}
