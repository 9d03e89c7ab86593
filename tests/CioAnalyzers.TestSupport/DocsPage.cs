using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;

namespace CioAnalyzers.Harness
{
    /// <summary>
    /// A rule's docs page and its examples under "Non-compliant" and "Compliant". Each section holds a main example (the
    /// first ```csharp block before any "###" heading, and the first ```text block as the content of CustomerIo.Api.txt
    /// for rules about the wrapper configuration), then one example per "###" heading, found under the same heading in
    /// both sections. An example's configuration files are ```json or ```xml blocks, each on the line after a
    /// <c>&lt;!-- file: appsettings.Production.json --&gt;</c> marker that names it.
    /// </summary>
    public sealed class DocsPage
    {
        public const string ApiFileName = "CustomerIo.Api.txt";

        private static readonly Regex ConfigurationBlock = new(
            @"^<!-- file: (?<name>[^\s]+) -->\n```(?<language>json|xml)\n(?<text>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);

        private static readonly Regex AnyConfigurationFence = new(@"^\s*```(json|xml)\s*$", RegexOptions.Multiline);

        private DocsPage(string id, string markdown)
        {
            Id = id;
            NonCompliantExamples = ExamplesUnder(markdown, "## Non-compliant");
            CompliantExamples = ExamplesUnder(markdown, "## Compliant");
            ConfigurationFences = AnyConfigurationFence.Matches(markdown).Count;
        }

        public string Id { get; }

        /// <summary>The main non-compliant example.</summary>
        public DocsExample NonCompliant => NonCompliantExamples[0];

        /// <summary>The main compliant example.</summary>
        public DocsExample Compliant => CompliantExamples[0];

        /// <summary>The main non-compliant example, then those under "###" headings.</summary>
        public ImmutableArray<DocsExample> NonCompliantExamples { get; }

        /// <summary>The main compliant example, then those under "###" headings.</summary>
        public ImmutableArray<DocsExample> CompliantExamples { get; }

        /// <summary>How many ```json and ```xml blocks the whole page shows: each must be a file of an example.</summary>
        public int ConfigurationFences { get; }

        public static DocsPage For(string id)
            => new(id, RepositoryFiles.Read("docs", "rules", id + ".md").Replace("\r\n", "\n"));

        private static ImmutableArray<DocsExample> ExamplesUnder(string markdown, string heading)
        {
            var section = Regex.Match(markdown, "^" + Regex.Escape(heading) + @"\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
            if (!section.Success)
            {
                throw new InvalidOperationException($"No '{heading}' section");
            }

            var parts = Regex.Split(section.Groups["body"].Value, @"^### (.+)\n", RegexOptions.Multiline);
            var examples = ImmutableArray.CreateBuilder<DocsExample>();
            examples.Add(ExampleIn(parts[0], title: string.Empty, heading));
            for (var i = 1; i + 1 < parts.Length; i += 2)
            {
                examples.Add(ExampleIn(parts[i + 1], parts[i].Trim(), heading));
            }

            return examples.ToImmutable();
        }

        private static DocsExample ExampleIn(string body, string title, string heading)
        {
            var code = Block(body, "csharp")
                ?? throw new InvalidOperationException($"No ```csharp block under '{heading}' {title}");
            var files = ConfigurationBlock.Matches(body).Cast<Match>()
                .Select(m => new ConfigurationFile(m.Groups["name"].Value, m.Groups["text"].Value))
                .ToImmutableArray();
            return new DocsExample(code, Block(body, "text")) { Title = title, ConfigurationFiles = files };
        }

        private static string? Block(string section, string language)
        {
            var block = Regex.Match(section, "^```" + language + @"\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);
            return block.Success ? block.Groups["code"].Value : null;
        }
    }

    /// <summary>
    /// One docs example: C# code, the CustomerIo.Api.txt next to it when the example needs one, and the configuration
    /// files compiled with it.
    /// </summary>
    public sealed record DocsExample(string Code, string? ApiFile)
    {
        /// <summary>The "###" heading the example is under; empty for a section's main example.</summary>
        public string Title { get; init; } = string.Empty;

        public ImmutableArray<ConfigurationFile> ConfigurationFiles { get; init; } = ImmutableArray<ConfigurationFile>.Empty;
    }

    /// <summary>A configuration file of a docs example, by the name its marker gives.</summary>
    public sealed record ConfigurationFile(string Name, string Text);
}
