using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Reads the Authorization headers that HttpClient code writes for Customer.io:
    /// <c>headers.Authorization = new AuthenticationHeaderValue(scheme, parameter)</c> and
    /// <c>headers.Add("Authorization", "Scheme parameter")</c> (or <c>TryAddWithoutValidation</c>), on a client's default
    /// headers or a request's headers tied to a Customer.io API (<see cref="HeaderTies"/>).
    /// </summary>
    internal static class AuthorizationHeaders
    {
        /// <summary>How far up from a value its header write may be: argument, creation, conversion, text parts.</summary>
        private const int MaxDepth = 6;

        /// <summary><c>headers.Authorization = new AuthenticationHeaderValue(...)</c>; null when it is not a Customer.io one.</summary>
        public static AuthorizationHeader? FromAssignment(IPropertyReferenceOperation target, ISimpleAssignmentOperation assignment, CustomerIoModel model)
        {
            if (Operations.SkipConversions(assignment.Value) is not IObjectCreationOperation creation
                || !KnownTypes.Is(creation.Type, model.Types.AuthenticationHeaderValue)
                || Operations.ArgumentFor(creation.Arguments, "scheme") is not { ConstantValue: { HasValue: true, Value: string scheme } } schemeValue
                || Operations.ArgumentFor(creation.Arguments, "parameter") is not { } parameter
                || parameter.ConstantValue is { HasValue: true, Value: null })
            {
                return null;
            }

            var api = HeaderTies.ApiOf(target.Instance, assignment, model);
            return AuthorizationSchemes.SchemeOf(api) is null
                ? null
                : new AuthorizationHeader(assignment, api, scheme, schemeValue.Syntax, StringFolding.Fold(parameter), parameter, creation, isText: false);
        }

        /// <summary><c>headers.Add("Authorization", "Scheme parameter")</c>; null when it is not a Customer.io one or its scheme is not constant.</summary>
        public static AuthorizationHeader? FromCall(IInvocationOperation call, CustomerIoModel model)
        {
            if (!AuthorizationSchemes.IsHeaderName(Operations.ArgumentAt(call.Arguments, 0)?.ConstantValue.Value)
                || Operations.ArgumentAt(call.Arguments, 1) is not { } value)
            {
                return null;
            }

            var folded = StringFolding.Fold(value);
            var text = folded.Text;
            var space = text.IndexOf(' ');
            if (space <= 0 || text.IndexOf(FoldedString.HoleMarker, 0, space) >= 0)
            {
                return null;
            }

            var api = HeaderTies.ApiOf(call.Instance, call, model);
            return AuthorizationSchemes.SchemeOf(api) is null
                ? null
                : new AuthorizationHeader(call, api, text.Substring(0, space), value.Syntax, new FoldedString(text.Substring(space + 1), folded.Holes), null,
                    value, isText: true);
        }

        /// <summary>The header whose value holds <paramref name="value"/> (a Basic-auth string built in place), if any.</summary>
        public static AuthorizationHeader? Around(IOperation value, CustomerIoModel model)
        {
            var current = value.Parent;
            for (var depth = 0; current is not null && depth < MaxDepth; depth++, current = current.Parent)
            {
                switch (current)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment when IsAuthorizationProperty(target, model.Types):
                        return FromAssignment(target, assignment, model);
                    case IInvocationOperation call when model.TargetOf(call.TargetMethod).Kind == CallTargetKind.HeaderWrite:
                        return FromCall(call, model);
                    case IInvocationOperation or IBlockOperation or IExpressionStatementOperation:
                        return null;
                }
            }

            return null;
        }

        /// <summary>The typed <c>Authorization</c> property of a client's or request's headers.</summary>
        public static bool IsAuthorizationProperty(IPropertyReferenceOperation reference, KnownTypes types)
            => reference.Property.Name == AuthorizationSchemes.HeaderName && KnownTypes.Is(reference.Property.ContainingType, types.HttpRequestHeaders);
    }
}
