using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// What an additional file says, read once per text: the IDE makes a compilation for every document it analyses and
    /// hands each the same unchanged texts, so a configuration or API file is parsed again only when it is edited.
    /// The reading depends on the file's path and text alone (no compilation), which is what makes keeping it safe.
    /// </summary>
    /// <typeparam name="T">What the file is read into.</typeparam>
    internal sealed class ReadPerText<T>
        where T : class
    {
        private readonly ConditionalWeakTable<SourceText, Reading> byText = new();
        private readonly Func<string, SourceText, T?> read;

        public ReadPerText(Func<string, SourceText, T?> read)
        {
            this.read = read;
        }

        /// <summary>The file's reading; null when its text cannot be had or the reading gives none.</summary>
        public T? Of(AdditionalText file, CancellationToken cancellationToken)
        {
            if (file.GetText(cancellationToken) is not { } text)
            {
                return null;
            }

            var reading = byText.GetValue(text, t => new Reading(file.Path, read(file.Path, t)));

            // The same text under another path (a linked file) is read for that path: paths go into locations.
            return string.Equals(reading.Path, file.Path, StringComparison.Ordinal) ? reading.Value : read(file.Path, text);
        }

        private sealed class Reading
        {
            public Reading(string path, T? value)
            {
                Path = path;
                Value = value;
            }

            public string Path { get; }

            public T? Value { get; }
        }
    }
}
