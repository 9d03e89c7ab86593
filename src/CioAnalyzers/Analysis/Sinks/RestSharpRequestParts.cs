using System.Collections.Generic;
using System.Collections.Immutable;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// A RestSharp request as the method that sends it builds it: its creation, the calls that add its URL segments,
    /// headers and body (chained on the creation, or on the local that holds it), and the format it is set to.
    /// </summary>
    internal sealed class RestSharpRequestParts
    {
        private RestSharpRequestParts(IObjectCreationOperation creation, List<IInvocationOperation> calls, IOperation? format, bool otherSerializer)
        {
            Creation = creation;
            Calls = calls;
            Format = format;
            OtherSerializer = otherSerializer;
        }

        public IObjectCreationOperation Creation { get; }

        /// <summary>The request's own methods (105/106) and extension methods (110+) called on it.</summary>
        public IReadOnlyList<IInvocationOperation> Calls { get; }

        /// <summary>The value given to its <c>RequestFormat</c>, if any.</summary>
        public IOperation? Format { get; }

        /// <summary>The request is given a serializer of its own (105's <c>JsonSerializer</c> property).</summary>
        public bool OtherSerializer { get; }

        /// <summary>The parts of the request <paramref name="request"/> refers to; null when it is not built in this method.</summary>
        public static RestSharpRequestParts? Of(IOperation request, RestSharpTypes types)
        {
            var calls = new List<IInvocationOperation>();
            var value = Operations.SkipConversions(request);
            ILocalSymbol? local = null;
            if (value is ILocalReferenceOperation reference)
            {
                if (!LocalValues.TryGetSingleValue(reference, out var initializer))
                {
                    return null;
                }

                local = reference.Local;
                value = initializer;
            }

            var creation = Chain(value, types, calls);
            if (creation is null)
            {
                return null;
            }

            IOperation? format = Initialized(creation, KnownRestSharp.RequestFormatProperty);
            var otherSerializer = Initialized(creation, KnownRestSharp.JsonSerializerProperty) is not null;
            if (local is not null)
            {
                foreach (var use in LocalValues.References(local, request))
                {
                    if (use.Parent is IArgumentOperation { Parent: IInvocationOperation call } argument && IsReceiver(argument, call, types))
                    {
                        Chain(call, types, calls, stopAt: use);
                    }
                    else if (use.Parent is IInvocationOperation instanceCall && instanceCall.Instance == use && types.IsRequestMethod(instanceCall.TargetMethod))
                    {
                        Chain(instanceCall, types, calls, stopAt: use);
                    }
                    else if (use.Parent is IPropertyReferenceOperation property && property.Parent is ISimpleAssignmentOperation assignment && assignment.Target == property)
                    {
                        format = property.Property.Name == KnownRestSharp.RequestFormatProperty ? assignment.Value : format;
                        otherSerializer |= property.Property.Name == KnownRestSharp.JsonSerializerProperty;
                    }
                }
            }

            return new RestSharpRequestParts(creation, calls, format, otherSerializer);
        }

        /// <summary>
        /// Walks a fluent chain down to the request's creation, collecting the request methods on the way; with
        /// <paramref name="stopAt"/>, a chain that starts on the local instead. Returns the creation, if reached.
        /// </summary>
        private static IObjectCreationOperation? Chain(IOperation value, RestSharpTypes types, List<IInvocationOperation> calls, IOperation? stopAt = null)
        {
            // A call's result may feed further calls: walk up to the outermost one first, then down to the start.
            var top = value;
            while (stopAt is not null && top.Parent is IArgumentOperation { Parent: IInvocationOperation outer } argument && IsReceiver(argument, outer, types))
            {
                top = outer;
            }

            while (stopAt is not null && top.Parent is IInvocationOperation instanceOuter && instanceOuter.Instance == top && types.IsRequestMethod(instanceOuter.TargetMethod))
            {
                top = instanceOuter;
            }

            value = Operations.SkipConversions(top);
            for (var depth = 0; depth < 32; depth++)
            {
                if (value is IObjectCreationOperation creation)
                {
                    return types.IsRequest(creation.Type) ? creation : null;
                }

                if (value == stopAt || value is not IInvocationOperation call || !types.IsRequestMethod(call.TargetMethod))
                {
                    return null;
                }

                calls.Add(call);
                var receiver = call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
                if (receiver is null)
                {
                    return null;
                }

                value = Operations.SkipConversions(receiver);
            }

            return null;
        }

        /// <summary>The request an extension method of RestSharp's is called on (its first argument).</summary>
        private static bool IsReceiver(IArgumentOperation argument, IInvocationOperation call, RestSharpTypes types)
            => call.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0 && types.IsRequestMethod(call.TargetMethod);

        /// <summary>The value the creation's initializer gives <paramref name="property"/>, if any.</summary>
        private static IOperation? Initialized(IObjectCreationOperation creation, string property)
        {
            foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && target.Property.Name == property)
                {
                    return assignment.Value;
                }
            }

            return null;
        }
    }
}
