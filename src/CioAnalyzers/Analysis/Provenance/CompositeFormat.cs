using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>Reads a string.Format pattern: plain {N} items become their argument; anything unusual gives up.</summary>
    internal static class CompositeFormat
    {
        public static bool TryAppend(string format, IReadOnlyList<IOperation> arguments, FoldedString.Builder builder, Action<IOperation, FoldedString.Builder> appendArgument)
        {
            var pending = new FoldedString.Builder();
            var text = new StringBuilder();
            for (var i = 0; i < format.Length; i++)
            {
                var c = format[i];
                if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
                {
                    text.Append(c);
                    i++;
                    continue;
                }

                if (c == '}')
                {
                    return false;
                }

                if (c != '{')
                {
                    text.Append(c);
                    continue;
                }

                var close = format.IndexOf('}', i + 1);
                if (close < 0 || !int.TryParse(format.Substring(i + 1, close - i - 1), out var index) || index < 0 || index >= arguments.Count)
                {
                    return false;
                }

                pending.AddText(text.ToString());
                text.Clear();
                appendArgument(arguments[index], pending);
                i = close;
            }

            pending.AddText(text.ToString());
            builder.AddFolded(pending.ToFoldedString());
            return true;
        }
    }
}
