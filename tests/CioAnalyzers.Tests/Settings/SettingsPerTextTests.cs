using System.Collections.Immutable;
using System.Threading;
using CioAnalyzers.Model.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CioAnalyzers.Tests.Settings
{
    /// <summary>
    /// The IDE hands every compilation it makes the same unchanged file texts: they are read once, and an edited text
    /// (a new text object) is read again.
    /// </summary>
    public class SettingsPerTextTests
    {
        [Fact]
        public void UnchangedTextsGiveTheSameSettingsAndAnEditedOneIsReadAgain()
        {
            var text = SourceText.From("""{ "CustomerIO": { "TrackUrl": "https://track.customer.io" } }""");
            var first = ProjectSettings.Read(Options(new File("appsettings.json", text)), CancellationToken.None);
            var again = ProjectSettings.Read(Options(new File("appsettings.json", text)), CancellationToken.None);
            var edited = ProjectSettings.Read(
                Options(new File("appsettings.json", SourceText.From("""{ "CustomerIO": { "TrackUrl": "https://track-eu.customer.io" } }"""))),
                CancellationToken.None);

            Assert.Same(first, again);
            Assert.Equal("https://track.customer.io", Assert.Single(first.Files[0].Entries).Value);
            Assert.Equal("https://track-eu.customer.io", Assert.Single(edited.Files[0].Entries).Value);
        }

        [Fact]
        public void TheSameTextUnderAnotherPathIsReadForThatPath()
        {
            var text = SourceText.From("""{ "CustomerIO": { "Region": "eu" } }""");
            var baseFile = ProjectSettings.Read(Options(new File("appsettings.json", text)), CancellationToken.None);
            var production = ProjectSettings.Read(Options(new File("appsettings.Production.json", text)), CancellationToken.None);

            Assert.Null(baseFile.Files[0].Environment);
            Assert.Equal("Production", production.Files[0].Environment);
            Assert.Equal("appsettings.Production.json", production.Files[0].Path);
        }

        private static AnalyzerOptions Options(AdditionalText file) => new(ImmutableArray.Create(file));

        private sealed class File : AdditionalText
        {
            private readonly SourceText text;

            public File(string path, SourceText text)
            {
                Path = path;
                this.text = text;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => text;
        }
    }
}
