using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Where a response that reaches a caller was asked for: the Customer.io request, the operation in another member that
    /// sends it, and the members it went through (the builder of its message, the methods that return it).
    /// </summary>
    internal sealed class ResponseOrigin
    {
        private ResponseOrigin(HttpRequest request, IOperation sentBy, string? builtBy, ImmutableArray<string> returnedBy)
        {
            Request = request;
            SentBy = sentBy;
            BuiltBy = builtBy;
            ReturnedBy = returnedBy;
        }

        /// <summary>A request sent by a call the caller cannot see, or whose message <paramref name="builtBy"/> made.</summary>
        public static ResponseOrigin Of(HttpRequest request, IOperation sentBy, string? builtBy = null)
            => new(request, sentBy, builtBy, ImmutableArray<string>.Empty);

        public HttpRequest Request { get; }

        /// <summary>The request's operation in the member that makes it: the additional location of a diagnostic.</summary>
        public IOperation SentBy { get; }

        /// <summary>The method that built the request message (<c>Build()</c>), when another method sends it.</summary>
        public string? BuiltBy { get; }

        /// <summary>The methods that return the response, innermost first (<c>PostToCioAsync()</c>, then its callers).</summary>
        public ImmutableArray<string> ReturnedBy { get; }

        /// <summary>How many methods pass the response on.</summary>
        public int Depth => ReturnedBy.Length;

        /// <summary>The same response, returned once more by <paramref name="method"/>.</summary>
        public ResponseOrigin ReturnedThrough(IMethodSymbol method) => new(Request, SentBy, BuiltBy, ReturnedBy.Add(method.Name + "()"));

        /// <summary>For a message: <c>HttpClient.PostAsync (returned by PostToCioAsync(), then SendAsync())</c>.</summary>
        public string Describe()
        {
            var steps = ImmutableArray.CreateBuilder<string>();
            if (BuiltBy is not null)
            {
                steps.Add("built by " + BuiltBy);
            }

            if (!ReturnedBy.IsEmpty)
            {
                steps.Add("returned by " + string.Join(", then ", ReturnedBy));
            }

            return steps.Count == 0 ? Request.Name : $"{Request.Name} ({string.Join(", ", steps)})";
        }
    }
}
