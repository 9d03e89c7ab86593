using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Calls of the user's own methods that pass a parameter on to Customer.io unchanged (inferred wrappers, decision
    /// 0009): the caller's argument becomes a sink of the role the wrapper gives it, read as a library argument of that
    /// role would be, with the wrapper's sending call kept for the diagnostic.
    /// </summary>
    internal static class InferredWrappers
    {
        /// <summary>The user's methods followed below a call: a controller → a service → a client wrapper → the library.</summary>
        public const int MaxLevels = 3;

        private static readonly ConditionalWeakTable<Compilation, WrapperSummaries> ByCompilation = new();

        public static IReadOnlyList<RoleSink>? Find(IInvocationOperation call, CustomerIoModel model)
        {
            var method = call.TargetMethod;
            if (!WrapperSummaries.MayWrap(method) || call.SemanticModel is not { } near)
            {
                return null;
            }

            var roles = ByCompilation.GetValue(near.Compilation, c => new WrapperSummaries(c)).RolesOf(method, MaxLevels, near, model);
            if (roles.IsEmpty)
            {
                return null;
            }

            var sinks = new List<RoleSink>();
            foreach (var role in roles)
            {
                if (ArgumentFor(call.Arguments, role.Ordinal) is not { Parameter: { } parameter } argument)
                {
                    continue;
                }

                var start = sinks.Count;
                var name = $"{SinkFinder.ArgumentName(method, parameter)} (sent as {role.SentAs})";
                switch (role.Kind)
                {
                    case WrapperRoleKind.Argument when role.ApiMember is { } apiMember:
                        SinkFinder.AddArgument(sinks, role.Role, argument.Value, name, apiMember, model);
                        break;
                    case WrapperRoleKind.Value:
                        sinks.Add(role.Dates == PayloadDates.NotSerialized
                            ? RoleSink.ForValue(role.Role, argument.Value, name)
                            : RoleSink.ForPayloadValue(role.Role, argument.Value, name, role.Dates, null));
                        break;
                    case WrapperRoleKind.Body when role.Request is { } request:
                        SinkFinder.AddBodyMembers(sinks, argument.Value, request, model);
                        break;
                }

                for (var i = start; i < sinks.Count; i++)
                {
                    sinks[i].SentThrough(role.Sender, role.InWrapper);
                }
            }

            return sinks;
        }

        /// <summary>The argument the caller wrote for the parameter at <paramref name="ordinal"/>; null for a default value.</summary>
        public static IArgumentOperation? ArgumentFor(ImmutableArray<IArgumentOperation> arguments, int ordinal)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument.ArgumentKind == ArgumentKind.Explicit ? argument : null;
                }
            }

            return null;
        }
    }
}
