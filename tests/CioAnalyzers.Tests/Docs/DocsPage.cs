using System;
using System.Text.RegularExpressions;
using CioAnalyzers.Tests.Infrastructure;

namespace CioAnalyzers.Tests.Docs
{
    /// <summary>A rule's docs page and the C# examples under its "Non-compliant" and "Compliant" headings.</summary>
    public sealed class DocsPage
    {
        private DocsPage(string id, string markdown)
        {
            Id = id;
            NonCompliant = ExampleUnder(markdown, "## Non-compliant");
            Compliant = ExampleUnder(markdown, "## Compliant");
        }

        public string Id { get; }

        public string NonCompliant { get; }

        public string Compliant { get; }

        public static DocsPage For(string id)
            => new(id, RepositoryFiles.Read("docs", "rules", id + ".md").Replace("\r\n", "\n"));

        /// <summary>The first csharp fenced block of the section that starts with <paramref name="heading"/>.</summary>
        private static string ExampleUnder(string markdown, string heading)
        {
            var section = Regex.Match(markdown, "^" + Regex.Escape(heading) + @"\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
            if (!section.Success)
            {
                throw new InvalidOperationException($"No '{heading}' section");
            }

            var block = Regex.Match(section.Groups["body"].Value, @"^```csharp\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);
            if (!block.Success)
            {
                throw new InvalidOperationException($"No ```csharp block under '{heading}'");
            }

            return block.Groups["code"].Value;
        }
    }
}
