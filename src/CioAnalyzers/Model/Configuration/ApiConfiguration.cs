using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Model.Configuration
{
    /// <summary>What the project's <c>CustomerIo.Api.txt</c> files add to the model: roles for the user's own wrappers, and problems.</summary>
    internal sealed class ApiConfiguration
    {
        public static readonly ApiConfiguration Empty = new(ImmutableArray<KeyValuePair<ISymbol, ApiRole>>.Empty, ImmutableArray<ApiFileProblem>.Empty);

        private ApiConfiguration(ImmutableArray<KeyValuePair<ISymbol, ApiRole>> roles, ImmutableArray<ApiFileProblem> problems)
        {
            Roles = roles;
            Problems = problems;
        }

        public ImmutableArray<KeyValuePair<ISymbol, ApiRole>> Roles { get; }

        public ImmutableArray<ApiFileProblem> Problems { get; }

        public static ApiConfiguration Read(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            List<ApiFileEntry>? entries = null;
            var problems = new List<ApiFileProblem>();
            foreach (var file in options.AdditionalFiles)
            {
                if (ApiFileParser.IsApiFile(file))
                {
                    entries ??= new List<ApiFileEntry>();
                    ApiFileParser.Parse(file, entries, problems, cancellationToken);
                }
            }

            if (entries is null)
            {
                return Empty;
            }

            var roles = new List<KeyValuePair<ISymbol, ApiRole>>();
            ApiFileResolver.Resolve(compilation, entries, roles, problems);
            return new ApiConfiguration(roles.ToImmutableArray(), problems.ToImmutableArray());
        }
    }
}
