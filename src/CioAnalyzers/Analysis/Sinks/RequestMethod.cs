using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The HTTP method of a raw request, where it is written, and how it is written with another method: the verb of an
    /// HttpClient method's name (<c>PostAsJsonAsync</c>), or the HttpMethod given to <c>new HttpRequestMessage</c>.
    /// </summary>
    internal sealed class RequestMethod
    {
        private const string HttpMethodType = "System.Net.Http.HttpMethod";

        /// <summary>The verbs HttpClient's method names start with, as written there.</summary>
        private static readonly string[] Verbs = { "Get", "Post", "Put", "Delete", "Patch" };

        private readonly IMethodSymbol? clientMethod;
        private readonly string writtenVerb;

        private RequestMethod(string verb, SyntaxNode syntax, SyntaxNode? renamable, IMethodSymbol? clientMethod)
        {
            writtenVerb = verb;
            Name = verb.ToUpperInvariant();
            Syntax = syntax;
            Renamable = renamable;
            this.clientMethod = clientMethod;
        }

        /// <summary>Upper case, as on the wire: <c>POST</c>.</summary>
        public string Name { get; }

        /// <summary>Where the method is written: the called method's name, or the method argument.</summary>
        public SyntaxNode Syntax { get; }

        /// <summary>The name a fix renames (<c>PostAsync</c>, the <c>Post</c> of <c>HttpMethod.Post</c>); null when there is none.</summary>
        public SyntaxNode? Renamable { get; }

        public static RequestMethod? Of(IOperation request) => request switch
        {
            IInvocationOperation call => OfClientCall(call),
            IObjectCreationOperation creation => OfRequestMessage(creation),
            _ => null,
        };

        /// <summary>
        /// The name that sends <paramref name="method"/> instead (<c>PutAsJsonAsync</c>, <c>Put</c>), when it exists with the
        /// same parameters; null otherwise.
        /// </summary>
        public string? NameFor(string method)
        {
            var verb = Verbs.FirstOrDefault(v => v.ToUpperInvariant() == method);
            if (verb is null || Renamable is null)
            {
                return null;
            }

            if (clientMethod is null)
            {
                return verb;
            }

            var renamed = verb + clientMethod.Name.Substring(writtenVerb.Length);
            var original = clientMethod.OriginalDefinition;
            return original.ContainingType.GetMembers(renamed).OfType<IMethodSymbol>().Any(m => SameParameters(m, original)) ? renamed : null;
        }

        private static RequestMethod? OfClientCall(IInvocationOperation call)
        {
            var name = call.TargetMethod.Name;
            var verb = Verbs.FirstOrDefault(v => name.StartsWith(v, System.StringComparison.Ordinal));
            if (verb is null || call.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
            {
                return null;
            }

            return new RequestMethod(verb, access.Name, access.Name, call.TargetMethod);
        }

        private static RequestMethod? OfRequestMessage(IObjectCreationOperation creation)
        {
            var argument = Operations.ArgumentFor(creation.Arguments, "method");
            if (argument is null)
            {
                return null;
            }

            var value = Operations.SkipConversions(argument);
            if (value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                value = Operations.SkipConversions(initializer);
            }

            switch (value)
            {
                case IPropertyReferenceOperation { Property: { IsStatic: true } property } when property.ContainingType.ToDisplayString() == HttpMethodType
                    && Verbs.Contains(property.Name):
                    var renamable = argument.Syntax is MemberAccessExpressionSyntax access && value.Syntax == argument.Syntax ? access.Name : null;
                    return new RequestMethod(property.Name, argument.Syntax, renamable, null);
                case IObjectCreationOperation { Arguments.Length: 1 } created when created.Type?.ToDisplayString() == HttpMethodType
                    && created.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string text }
                    && Verbs.FirstOrDefault(v => string.Equals(v, text, System.StringComparison.OrdinalIgnoreCase)) is { } verb:
                    return new RequestMethod(verb, argument.Syntax, null, null);
                default:
                    return null;
            }
        }

        private static bool SameParameters(IMethodSymbol a, IMethodSymbol b)
            => a.Parameters.Length == b.Parameters.Length
               && a.TypeParameters.Length == b.TypeParameters.Length
               && a.Parameters.Zip(b.Parameters, (x, y) => x.Name == y.Name && x.Type.ToDisplayString() == y.Type.ToDisplayString()).All(same => same);
    }
}
