using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Model.Settings
{
    /// <summary>
    /// A place in a file that may read a setting, found from syntax: a string that is a configuration key
    /// (<c>config["CustomerIO:TrackUrl"]</c>), or a member read that may be a property of a bound options class
    /// (<c>options.Value.TrackUrl</c>), with the receiver's declared type name when the syntax says it.
    /// </summary>
    internal readonly struct CandidateRead
    {
        private CandidateRead(int position, string? key, string? property, string? receiverType)
        {
            Position = position;
            Key = key;
            Property = property;
            ReceiverType = receiverType;
        }

        public int Position { get; }

        /// <summary>The configuration key the string names; null for a member read.</summary>
        public string? Key { get; }

        public string? Property { get; }

        public string? ReceiverType { get; }

        /// <summary>The places of the file whose text ends a key with one of <paramref name="lastParts"/>.</summary>
        public static List<CandidateRead> Find(SyntaxTree tree, string[] lastParts, CancellationToken cancellationToken)
        {
            var found = new List<CandidateRead>();
            var text = tree.GetText(cancellationToken).ToString();
            var root = tree.GetRoot(cancellationToken);
            var seen = new HashSet<int>();
            foreach (var part in lastParts)
            {
                for (var at = text.IndexOf(part, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.OrdinalIgnoreCase))
                {
                    var token = root.FindToken(at);
                    if (seen.Add(token.SpanStart) && At(token) is { } candidate)
                    {
                        found.Add(candidate);
                    }
                }
            }

            return found;
        }

        private static CandidateRead? At(SyntaxToken token)
        {
            if (ConfigurationKeySyntax.KeyAt(token) is { } key)
            {
                return new CandidateRead(token.SpanStart, key, null, null);
            }

            return token.IsKind(SyntaxKind.IdentifierToken)
                   && token.Parent is IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax member } name && member.Name == name
                ? new CandidateRead(token.SpanStart, null, token.ValueText, OptionsReceiver.TypeNameOf(member))
                : null;
        }
    }
}
