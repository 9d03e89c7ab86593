using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>Whether a payload is written whole in one place, so that what it lacks is known to be missing.</summary>
    internal static class WholePayload
    {
        private const int MaxDepth = 6;

        /// <summary>
        /// The object a value is written as when it is written whole in one place: an anonymous object, a string-keyed
        /// dictionary or a Customer.io library's request type created without constructor arguments (its initializer says everything), directly,
        /// inside an HttpContent wrapper or serialiser call, through a local read only there, or returned by a helper
        /// with one value (see <see cref="MemberValues"/>). Null otherwise: a local changed later, a type of the project's
        /// own (its property initializers may set more), a value from elsewhere, a field or property holding anything but an
        /// anonymous object (other code may change a dictionary or request it keeps), a member with several values.
        /// </summary>
        public static IOperation? Of(IOperation value, CustomerIoModel model)
        {
            var types = model.Types;
            var flow = Flow.Start;
            var kept = false;
            for (var depth = 0; depth <= MaxDepth; depth++)
            {
                value = Operations.SkipConversions(value);
                switch (value)
                {
                    case ILocalReferenceOperation local when LocalValues.TryGetSingleValue(local, out var initializer)
                        && LocalValues.CountReads(local.Local, local) == 1:
                        value = initializer;
                        continue;
                    case IInvocationOperation invocation when PayloadTypes.IsSerializerCall(invocation, types) && invocation.Arguments.Length > 0:
                        value = invocation.Arguments[0].Value;
                        continue;
                    case IObjectCreationOperation content when PayloadTypes.IsHttpContent(content.Type, types):
                        if (content.Arguments.Length == 0)
                        {
                            return null;
                        }

                        value = content.Arguments[0].Value;
                        continue;
                    case IAnonymousObjectCreationOperation:
                        return value;
                    case IObjectCreationOperation { Arguments.IsEmpty: true, Type: { } type }
                        when PayloadTypes.IsStringKeyedDictionary(type, types) || model.IsApiType(type as INamedTypeSymbol):
                        return kept ? null : value;
                    default:
                        if (MemberValues.Of(value, flow, out var next) is not { Values.Length: 1 } member)
                        {
                            return null;
                        }

                        // A helper builds a new object per call; a field, property or constructor argument keeps one that others may change.
                        kept |= member.Member is not IMethodSymbol && !member.PassedThrough;
                        value = member.Values[0];
                        flow = next;
                        continue;
                }
            }

            return null;
        }
    }
}
