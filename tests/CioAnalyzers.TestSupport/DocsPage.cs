using System;
using System.Text.RegularExpressions;

namespace CioAnalyzers.Harness
{
    /// <summary>
    /// A rule's docs page and its examples under "Non-compliant" and "Compliant": the first ```csharp block of each,
    /// and, for rules about the wrapper configuration, the first ```text block as the content of CustomerIo.Api.txt.
    /// </summary>
    public sealed class DocsPage
    {
        public const string ApiFileName = "CustomerIo.Api.txt";

        private DocsPage(string id, string markdown)
        {
            Id = id;
            NonCompliant = ExampleUnder(markdown, "## Non-compliant");
            Compliant = ExampleUnder(markdown, "## Compliant");
        }

        public string Id { get; }

        public DocsExample NonCompliant { get; }

        public DocsExample Compliant { get; }

        public static DocsPage For(string id)
            => new(id, RepositoryFiles.Read("docs", "rules", id + ".md").Replace("\r\n", "\n"));

        private static DocsExample ExampleUnder(string markdown, string heading)
        {
            var section = Regex.Match(markdown, "^" + Regex.Escape(heading) + @"\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
            if (!section.Success)
            {
                throw new InvalidOperationException($"No '{heading}' section");
            }

            var code = Block(section.Groups["body"].Value, "csharp")
                ?? throw new InvalidOperationException($"No ```csharp block under '{heading}'");
            return new DocsExample(code, Block(section.Groups["body"].Value, "text"));
        }

        private static string? Block(string section, string language)
        {
            var block = Regex.Match(section, "^```" + language + @"\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);
            return block.Success ? block.Groups["code"].Value : null;
        }
    }

    /// <summary>One docs example: C# code, and the CustomerIo.Api.txt next to it when the example needs one.</summary>
    public sealed record DocsExample(string Code, string? ApiFile);
}
