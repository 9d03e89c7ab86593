using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CioAnalyzers.CrashSafety
{
    /// <summary>
    /// Derives broken and unusual inputs from a valid one, as code looks while it is typed: each mutation
    /// is a text edit chosen by a seeded random source, so a run is reproducible from its seed.
    /// </summary>
    internal static class Mutations
    {
        /// <summary>Values a literal or argument is replaced with: empty, blank, null, huge, non-ASCII, extremes.</summary>
        public static readonly string[] EdgeValues =
        {
            "\"\"",
            "\" \"",
            "null",
            "default",
            "\"" + new string('x', 2000) + "\"",
            "\"Zoë 客户 🚀\"",
            "long.MaxValue",
            "-1",
            "0",
            "\"\"\"\n    https://track.customer.io/api/v1/customers/\n    \"\"\"",
            "$\"https://api.customer.io/v1/customers/{\"\"}/attributes\"",
        };

        public static readonly Func<string, SyntaxNode, Random, string?>[] All =
        {
            DeleteToken,
            Truncate,
            DuplicateLine,
            DropLine,
            SwapArguments,
            ReplaceLiteral,
            ReplaceArgument,
            UnbalanceBraces,
            UnbalanceQuotes,
            ExtractToLambda,
        };

        public static string Name(int index) => All[index].Method.Name;

        private static string? DeleteToken(string text, SyntaxNode root, Random random)
        {
            var tokens = root.DescendantTokens().Where(t => t.Span.Length > 0).ToList();
            return tokens.Count == 0 ? null : Replace(text, tokens[random.Next(tokens.Count)].Span, string.Empty);
        }

        private static string? Truncate(string text, SyntaxNode root, Random random)
            => text.Length < 2 ? null : text.Substring(0, random.Next(1, text.Length));

        private static string? DuplicateLine(string text, SyntaxNode root, Random random)
        {
            var lines = SourceText.From(text).Lines;
            var line = lines[random.Next(lines.Count)];
            return text.Insert(line.EndIncludingLineBreak, text.Substring(line.Start, line.EndIncludingLineBreak - line.Start) + (line.EndIncludingLineBreak == line.End ? "\n" : string.Empty));
        }

        private static string? DropLine(string text, SyntaxNode root, Random random)
        {
            var lines = SourceText.From(text).Lines;
            var line = lines[random.Next(lines.Count)];
            return Replace(text, line.SpanIncludingLineBreak, string.Empty);
        }

        private static string? SwapArguments(string text, SyntaxNode root, Random random)
        {
            var lists = root.DescendantNodes().OfType<BaseArgumentListSyntax>().Where(l => l.Arguments.Count >= 2).ToList();
            if (lists.Count == 0)
            {
                return null;
            }

            var arguments = lists[random.Next(lists.Count)].Arguments;
            var first = random.Next(arguments.Count);
            var second = (first + 1 + random.Next(arguments.Count - 1)) % arguments.Count;
            var (a, b) = first < second ? (arguments[first], arguments[second]) : (arguments[second], arguments[first]);
            return text.Substring(0, a.SpanStart) + b.ToString() + text.Substring(a.Span.End, b.SpanStart - a.Span.End) + a.ToString() + text.Substring(b.Span.End);
        }

        private static string? ReplaceLiteral(string text, SyntaxNode root, Random random)
        {
            var literals = root.DescendantNodes()
                .Where(n => n is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax)
                .ToList();
            return literals.Count == 0 ? null : Replace(text, literals[random.Next(literals.Count)].Span, EdgeValues[random.Next(EdgeValues.Length)]);
        }

        private static string? ReplaceArgument(string text, SyntaxNode root, Random random)
        {
            var arguments = root.DescendantNodes()
                .Where(n => n is ArgumentSyntax || n is AssignmentExpressionSyntax || n is EqualsValueClauseSyntax)
                .Select(n => n switch
                {
                    ArgumentSyntax argument => argument.Expression,
                    AssignmentExpressionSyntax assignment => assignment.Right,
                    _ => ((EqualsValueClauseSyntax)n).Value,
                })
                .ToList();
            return arguments.Count == 0 ? null : Replace(text, arguments[random.Next(arguments.Count)].Span, EdgeValues[random.Next(EdgeValues.Length)]);
        }

        /// <summary>
        /// Moves a value into a lambda assigned to a local just before its statement (<c>var extracted = () => value;</c>)
        /// and calls it in place: a value the analyzers then meet across members, typed or not.
        /// </summary>
        private static string? ExtractToLambda(string text, SyntaxNode root, Random random)
        {
            var values = root.DescendantNodes().OfType<ArgumentSyntax>().Select(a => a.Expression)
                .Where(e => e.FirstAncestorOrSelf<StatementSyntax>() is { Parent: BlockSyntax })
                .ToList();
            if (values.Count == 0)
            {
                return null;
            }

            var value = values[random.Next(values.Count)];
            var statement = value.FirstAncestorOrSelf<StatementSyntax>()!;
            var name = "extracted" + random.Next(1000);
            var withCall = Replace(text, value.Span, name + "()");
            return withCall.Insert(statement.SpanStart, $"var {name} = () => {value};\n");
        }

        private static string? UnbalanceBraces(string text, SyntaxNode root, Random random)
            => Unbalance(text, random, "{}()[]");

        private static string? UnbalanceQuotes(string text, SyntaxNode root, Random random)
            => Unbalance(text, random, "\"'$@");

        /// <summary>Deletes one of the given characters, or inserts one at a random place.</summary>
        private static string? Unbalance(string text, Random random, string characters)
        {
            var positions = new List<int>();
            for (var i = 0; i < text.Length; i++)
            {
                if (characters.IndexOf(text[i]) >= 0)
                {
                    positions.Add(i);
                }
            }

            if (positions.Count > 0 && random.Next(2) == 0)
            {
                return text.Remove(positions[random.Next(positions.Count)], 1);
            }

            return text.Insert(random.Next(text.Length + 1), characters[random.Next(characters.Length)].ToString());
        }

        private static string Replace(string text, TextSpan span, string replacement)
            => text.Substring(0, span.Start) + replacement + text.Substring(span.End);
    }
}
