using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CioAnalyzers.Benchmarks
{
    /// <summary>A project's additional file (CustomerIo.Api.txt) held in memory.</summary>
    internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText content = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => content;
    }
}
