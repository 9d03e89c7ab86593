using System.Collections.Generic;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>One thing wrong with a transactional request's shape: where it is, what it is, and a member to remove.</summary>
    internal readonly struct ShapeProblem
    {
        public ShapeProblem(SyntaxNode node, string description, SyntaxNode? removable = null)
        {
            Node = node;
            Description = description;
            Removable = removable;
        }

        public SyntaxNode Node { get; }

        public string Description { get; }

        /// <summary>A member whose removal leaves a correct request (an extra identifier).</summary>
        public SyntaxNode? Removable { get; }
    }

    /// <summary>
    /// Reads a transactional request written whole in one place (see <see cref="WholePayload.Of"/>): how many
    /// identifiers name the person, whether an email has recipients, how far ahead it is scheduled.
    /// </summary>
    internal static class TransactionalShape
    {
        private const double Day = 86400;

        public static List<ShapeProblem> Problems(IOperation request, bool isEmail, CustomerIoModel model)
        {
            var types = model.Types;
            var problems = new List<ShapeProblem>();
            if (WholePayload.Of(request, model) is not { } body)
            {
                return problems;
            }

            var hasRecipients = false;
            foreach (var member in PayloadReader.Read(body, types, PayloadDates.IsoStrings))
            {
                if (member.ParentKey is not null)
                {
                    continue;
                }

                // Recipients in any spelling count: "To" may be camel-cased to "to" on the wire, and a key that stays
                // misspelled is a field in the wrong spelling, not a missing one.
                hasRecipients |= KeySpelling.AnySpellingOf(member.Key, KnownHttpApi.RecipientKey);
                switch (member.Key)
                {
                    case KnownHttpApi.IdentifiersObjectKey:
                        AddIdentifierProblems(member.Value, request, model, problems);
                        break;
                    case KnownHttpApi.SendAtKey when FutureInstant.SecondsAhead(member.Value, types) is { } ahead && ahead.Seconds > KnownHttpApi.MaxSendAtDaysAhead * Day:
                        var from = ahead.Member is null ? string.Empty : $" from {ahead.Member}";
                        problems.Add(new ShapeProblem(ahead.Origin,
                            $"\"{KnownHttpApi.SendAtKey}\"{from} is {ahead.Seconds / Day:0.#} days ahead, but a message can be scheduled at most {KnownHttpApi.MaxSendAtDaysAhead} days ahead"));
                        break;
                }
            }

            if (isEmail && !hasRecipients)
            {
                problems.Add(new ShapeProblem(body.Syntax, $"an email request without \"{KnownHttpApi.RecipientKey}\": Customer.io needs the recipients of an email"));
            }

            return problems;
        }

        private static void AddIdentifierProblems(IOperation value, IOperation sent, CustomerIoModel model, List<ShapeProblem> problems)
        {
            var types = model.Types;
            if (WholePayload.Of(value, model) is not { } identifiers)
            {
                return;
            }

            var names = new List<PayloadMember>();
            var allPresent = true;
            foreach (var member in PayloadReader.Read(identifiers, types, PayloadDates.IsoStrings))
            {
                if (member.ParentKey is null && KnownHttpApi.PersonIdentifierKeys.Contains(member.Key))
                {
                    names.Add(member);
                    allPresent &= IsNeverNull(member.Value);
                }
            }

            var expected = string.Join(", ", KnownHttpApi.PersonIdentifierKeys);
            if (names.Count == 0)
            {
                problems.Add(new ShapeProblem(identifiers.Syntax, $"\"{KnownHttpApi.IdentifiersObjectKey}\" holds none of {expected}: Customer.io needs exactly one"));
                return;
            }

            // Several identifiers are reported only when each is surely sent: a null member may be left out by the serialiser.
            // The fix removes one only where the sending member writes it, never in a helper other code may call.
            var removable = Operations.SameBody(identifiers, sent);
            if (names.Count > 1 && allPresent)
            {
                for (var i = 1; i < names.Count; i++)
                {
                    problems.Add(new ShapeProblem(names[i].MemberSyntax,
                        $"\"{KnownHttpApi.IdentifiersObjectKey}\" holds \"{names[i].Key}\" besides \"{names[0].Key}\": Customer.io takes exactly one of {expected}",
                        removable ? names[i].MemberSyntax : null));
                }
            }
        }

        private static bool IsNeverNull(IOperation value)
        {
            if (value.ConstantValue.HasValue)
            {
                return value.ConstantValue.Value is not null;
            }

            return value.SemanticModel?.GetTypeInfo(value.Syntax).Nullability.FlowState == Microsoft.CodeAnalysis.NullableFlowState.NotNull;
        }
    }
}
