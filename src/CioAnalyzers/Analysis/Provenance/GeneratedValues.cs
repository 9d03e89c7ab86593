using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Values made anew on every run of the code that sends them and kept nowhere else: <c>Guid.NewGuid()</c>, the
    /// clock's ticks, <c>Environment.TickCount</c>, <c>Random</c>, <c>Stopwatch.GetTimestamp()</c>, and text made from
    /// them. A value also kept (a local read elsewhere, a field or property set outside an initializer, a returned
    /// object) is not one: the code can name the same thing again.
    /// </summary>
    internal static class GeneratedValues
    {
        private const int MaxDepth = 6;

        /// <summary>The generator behind <paramref name="value"/> and how messages name it; null when it is not generated here.</summary>
        public static (IOperation Generator, string Name)? Find(IOperation value)
            => IsKeptElsewhere(value) ? null : Generator(value, 0, Flow.Start);

        private static (IOperation Generator, string Name)? Generator(IOperation value, int depth, Flow flow)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            value = Operations.SkipConversions(value);
            switch (value)
            {
                case ILocalReferenceOperation local when LocalValues.TryGetSingleValue(local, out var initializer)
                    && LocalValues.CountReads(local.Local, local) == 1 && !IsKeptElsewhere(initializer):
                    return Generator(initializer, depth + 1, flow);

                case IInvocationOperation invocation:
                    return FromCall(invocation, depth, flow) ?? FromHelper(invocation, depth, flow);

                case IParameterReferenceOperation parameter when flow.TryArgument(parameter.Parameter, out var argument, out var callerFlow):
                    return Generator(argument, depth + 1, callerFlow);

                case IPropertyReferenceOperation property:
                    return FromProperty(property);

                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts.OfType<IInterpolationOperation>())
                    {
                        if (Generator(part.Expression, depth + 1, flow) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                    return Generator(concatenation.LeftOperand, depth + 1, flow) ?? Generator(concatenation.RightOperand, depth + 1, flow);

                default:
                    return null;
            }
        }

        private static (IOperation Generator, string Name)? FromCall(IInvocationOperation invocation, int depth, Flow flow)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (IsSystemType(type, "Guid") && method.Name == "NewGuid")
            {
                return (invocation, "Guid.NewGuid()");
            }

            if (IsSystemType(type, "Random") && method.Name.StartsWith("Next", System.StringComparison.Ordinal))
            {
                return (invocation, $"Random.{method.Name}()");
            }

            if (type?.Name == "Stopwatch" && type.ContainingNamespace?.ToDisplayString() == "System.Diagnostics" && method.Name == "GetTimestamp")
            {
                return (invocation, "Stopwatch.GetTimestamp()");
            }

            // Text made from a generated value: x.ToString(...), Uri.EscapeDataString(x), Convert.ToString(x).
            if (method.Name == "ToString" && invocation.Instance is { } instance)
            {
                return Generator(instance, depth + 1, flow);
            }

            if ((IsSystemType(type, "Uri") && method.Name == "EscapeDataString") || (IsSystemType(type, "Convert") && method.Name == "ToString"))
            {
                return invocation.Arguments.Length > 0 ? Generator(invocation.Arguments[0].Value, depth + 1, flow) : null;
            }

            return null;
        }

        /// <summary>
        /// A helper, local function or lambda whose every return makes a new value (<c>NewId()</c> returning
        /// <c>Guid.NewGuid().ToString()</c>): each call makes another. A field or property keeps its value, so it is not one.
        /// </summary>
        private static (IOperation Generator, string Name)? FromHelper(IInvocationOperation call, int depth, Flow flow)
        {
            if (MemberValues.Of(call, flow, out var next) is not { Member: IMethodSymbol } helper)
            {
                return null;
            }

            (IOperation Generator, string Name)? first = null;
            foreach (var produced in helper.Values)
            {
                if (Generator(produced, depth + 1, next) is not { } found)
                {
                    return null;
                }

                first ??= found;
            }

            return first is { } generated ? (generated.Generator, helper.Describe(generated.Name)) : null;
        }

        private static (IOperation Generator, string Name)? FromProperty(IPropertyReferenceOperation reference)
        {
            var property = reference.Property;
            var type = property.ContainingType;
            if (IsSystemType(type, "Environment") && property.Name is "TickCount" or "TickCount64")
            {
                return (reference, $"Environment.{property.Name}");
            }

            if (property.Name == "Ticks" && IsClock(type)
                && Operations.SkipConversions(reference.Instance!) is IPropertyReferenceOperation { Property: { Name: "Now" or "UtcNow" } now } && IsClock(now.ContainingType))
            {
                return (reference, $"{now.ContainingType.Name}.{now.Name}.Ticks");
            }

            return null;
        }

        /// <summary>
        /// True when the object that carries <paramref name="value"/> is kept beyond the send: stored in a local read
        /// elsewhere, set on a field or property outside an initializer, or returned.
        /// </summary>
        private static bool IsKeptElsewhere(IOperation value)
        {
            for (var current = value; current.Parent is { } parent; current = parent)
            {
                switch (parent)
                {
                    case IConversionOperation:
                    case IAnonymousObjectCreationOperation:
                    case IObjectCreationOperation:
                    case IObjectOrCollectionInitializerOperation:
                    case IArrayInitializerOperation:
                    case IArrayCreationOperation:
                    case IInterpolationOperation:
                    case IInterpolatedStringOperation:
                    case IBinaryOperation:
                        continue;
                    case ISimpleAssignmentOperation assignment when assignment.Value == current:
                        // A member set in an object or anonymous initializer belongs to the object; elsewhere the
                        // target keeps the value.
                        if (assignment.Parent is IObjectOrCollectionInitializerOperation or IAnonymousObjectCreationOperation)
                        {
                            continue;
                        }

                        return assignment.Target is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false };
                    case IVariableInitializerOperation:
                        continue;
                    case IVariableDeclaratorOperation declarator:
                        return LocalValues.CountReads(declarator.Symbol, declarator) > 1;
                    case IReturnOperation:
                        return true;
                    default:
                        return false;
                }
            }

            return false;
        }

        private static bool IsClock(INamedTypeSymbol? type) => IsSystemType(type, "DateTime") || IsSystemType(type, "DateTimeOffset");

        private static bool IsSystemType(INamedTypeSymbol? type, string name)
            => type is not null && type.Name == name && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };
    }
}
