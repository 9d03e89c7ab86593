using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CioAnalyzers.Model.Configuration
{
    /// <summary>
    /// Reads <c>CustomerIo.Api.txt</c> files: one entry a line, <c>&lt;role&gt; &lt;documentation-comment-id&gt; [&lt;parameter&gt;]</c>,
    /// with <c>#</c> comments. Every line that cannot be used becomes a problem; none is skipped silently.
    /// </summary>
    internal static class ApiFileParser
    {
        public const string FileName = "CustomerIo.Api.txt";

        private static readonly char[] Separators = { ' ', '\t' };

        private static readonly ReadPerText<ParsedFile> Readings = new(Parse);

        public static bool IsApiFile(AdditionalText file)
            => string.Equals(Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase);

        public static void Parse(AdditionalText file, List<ApiFileEntry> entries, List<ApiFileProblem> problems, CancellationToken cancellationToken)
        {
            if (Readings.Of(file, cancellationToken) is not { } parsed)
            {
                problems.Add(new ApiFileProblem(Location.Create(file.Path, default, default), "the file could not be read"));
                return;
            }

            entries.AddRange(parsed.Entries);
            problems.AddRange(parsed.Problems);
        }

        private static ParsedFile Parse(string path, SourceText text)
        {
            var parsed = new ParsedFile();
            foreach (var line in text.Lines)
            {
                var content = StripComment(line.ToString());
                if (content.Trim().Length == 0)
                {
                    continue;
                }

                var location = Location.Create(path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
                var entry = ParseLine(content, location, out var problem);
                if (entry is not null)
                {
                    parsed.Entries.Add(entry);
                }
                else
                {
                    parsed.Problems.Add(new ApiFileProblem(location, problem));
                }
            }

            return parsed;
        }

        private static ApiFileEntry? ParseLine(string content, Location location, out string problem)
        {
            var parts = content.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts.Length > 3)
            {
                problem = "expected '<role> <documentation-comment-id> [<parameter name>]'";
                return null;
            }

            if (!RoleRegistry.TryParseConfigName(parts[0], out var role))
            {
                problem = $"unknown role '{parts[0]}'; the roles are {string.Join(", ", RoleRegistry.Configurable.Select(r => r.ConfigName))}";
                return null;
            }

            var id = parts[1];
            var parameter = parts.Length == 3 ? parts[2] : null;
            if (id.StartsWith("M:", StringComparison.Ordinal))
            {
                if (parameter is null)
                {
                    problem = $"'{id}' is a method: name the parameter that carries the {role.Describe()}";
                    return null;
                }
            }
            else if (id.StartsWith("P:", StringComparison.Ordinal))
            {
                if (parameter is not null)
                {
                    problem = $"'{id}' is a property: it takes no parameter name";
                    return null;
                }
            }
            else
            {
                problem = $"'{id}' is not a method (M:) or property (P:) documentation-comment id";
                return null;
            }

            problem = string.Empty;
            return new ApiFileEntry(role, id, parameter, location);
        }

        /// <summary>A comment starts with '#' at the start of a word; '#' inside an id (<c>#ctor</c>) is part of it.</summary>
        private static string StripComment(string line)
        {
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
                {
                    return line.Substring(0, i);
                }
            }

            return line;
        }

        /// <summary>A file's entries and problems, as its text gives them.</summary>
        private sealed class ParsedFile
        {
            public List<ApiFileEntry> Entries { get; } = new();

            public List<ApiFileProblem> Problems { get; } = new();
        }
    }
}
