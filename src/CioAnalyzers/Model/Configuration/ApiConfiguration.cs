using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Model.Configuration
{
    /// <summary>
    /// What the project's <c>CustomerIo.Api.txt</c> files add to the model: roles for the user's own wrappers, and
    /// problems. The files are parsed at once; their ids are resolved to symbols on first need, because the IDE makes
    /// a compilation for each document it analyses and most documents never call the wrapper.
    /// </summary>
    internal sealed class ApiConfiguration
    {
        public static readonly ApiConfiguration Empty = new(null, ImmutableArray<ApiFileEntry>.Empty, ImmutableArray<ApiFileProblem>.Empty);

        private readonly Lazy<(ImmutableArray<KeyValuePair<ISymbol, ApiRole>> Roles, ImmutableArray<ApiFileProblem> Problems)> resolved;

        private ApiConfiguration(Compilation? compilation, ImmutableArray<ApiFileEntry> entries, ImmutableArray<ApiFileProblem> parseProblems)
        {
            Entries = entries;
            Names = ConfiguredNames.Of(entries);
            resolved = new(() =>
            {
                if (compilation is null || entries.IsEmpty)
                {
                    return (ImmutableArray<KeyValuePair<ISymbol, ApiRole>>.Empty, parseProblems);
                }

                var roles = new List<KeyValuePair<ISymbol, ApiRole>>();
                var problems = parseProblems.ToList();
                ApiFileResolver.Resolve(compilation, entries, roles, problems);
                return (roles.ToImmutableArray(), problems.ToImmutableArray());
            }, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The entries as written; empty without a file.</summary>
        public ImmutableArray<ApiFileEntry> Entries { get; }

        /// <summary>The members and types the entries name, read from their ids without resolving them.</summary>
        public ConfiguredNames Names { get; }

        /// <summary>The symbols the entries name, with their roles (resolved on first use).</summary>
        public ImmutableArray<KeyValuePair<ISymbol, ApiRole>> Roles => resolved.Value.Roles;

        /// <summary>Lines that could not be parsed or resolved (resolved on first use).</summary>
        public ImmutableArray<ApiFileProblem> Problems => resolved.Value.Problems;

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

            return entries is null ? Empty : new ApiConfiguration(compilation, entries.ToImmutableArray(), problems.ToImmutableArray());
        }
    }
}
