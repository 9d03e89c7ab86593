using System.Collections.Generic;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Reads the JSON members of a payload written in C#: anonymous objects, string-keyed dictionaries
    /// (initialisers, indexer assignments, Add calls), typed objects with explicit JSON names, arrays of those,
    /// through HttpContent wrappers, serialiser calls and locals assigned once.
    /// </summary>
    internal static class PayloadReader
    {
        private const int MaxDepth = 6;

        /// <summary>
        /// The members of <paramref name="body"/>; <paramref name="dates"/> says how the code that sends it writes dates
        /// unless a serialiser call inside says otherwise; <paramref name="bodyKey"/> is the key the body itself is sent
        /// under (<c>data</c> for the event data a client library wraps), null for a whole request body; <paramref name="naming"/>
        /// how the library that sends an object names its members.
        /// </summary>
        public static List<PayloadMember> Read(IOperation body, KnownTypes types, PayloadDates dates, List<PayloadKey>? keys = null, string? bodyKey = null,
            JsonNaming naming = JsonNaming.Unknown)
        {
            var members = new List<PayloadMember>();
            var withSettings = SerializerSettings.SentWithSettings(body);
            if (dates == PayloadDates.IsoStrings && withSettings)
            {
                dates = PayloadDates.SerializerSettings;
            }

            // The value of PostAsJsonAsync and its kin is written with the web defaults unless options say otherwise;
            // content is named by what makes it; a library that serialises the body itself says how (<paramref name="naming"/>).
            naming = body.Parent is IArgumentOperation { Parent: IInvocationOperation call }
                && KnownTypes.Is(call.TargetMethod.ContainingType, types.HttpClientJsonExtensions)
                ? (withSettings ? SettingsNaming.Of(call, body, types) : JsonNaming.SystemTextJsonWeb)
                : withSettings ? JsonNaming.Unknown : naming;
            ReadValue(body, bodyKey, new Context(types, members, dates, naming, keys), 0);
            return members;
        }

        /// <summary>What every step of one read shares, and how dates are written where it stands.</summary>
        private readonly struct Context
        {
            public Context(KnownTypes types, List<PayloadMember> members, PayloadDates dates, JsonNaming naming, List<PayloadKey>? keys)
            {
                Types = types;
                Members = members;
                Dates = dates;
                Naming = naming;
                Keys = keys;
            }

            /// <summary>How the serialiser that writes this part names its keys.</summary>
            public JsonNaming Naming { get; }

            /// <summary>Where the keys go, when the caller asks for them.</summary>
            public List<PayloadKey>? Keys { get; }

            public Context With(JsonNaming naming) => new(Types, Members, Dates, naming, Keys);

            public KnownTypes Types { get; }

            public List<PayloadMember> Members { get; }

            public PayloadDates Dates { get; }

            public Context With(PayloadDates dates) => new(Types, Members, dates, Naming, Keys);
        }

        private static void ReadValue(IOperation operation, string? parentKey, Context context, int depth)
        {
            if (depth > MaxDepth)
            {
                return;
            }

            operation = Operations.SkipConversions(operation);
            switch (operation)
            {
                case ILocalReferenceOperation local when LocalValues.TryGetSingleValue(local, out var initializer):
                    ReadValue(initializer, parentKey, context, depth + 1);
                    ReadLaterDictionaryWrites(local.Local, operation, parentKey, context, depth);
                    return;

                case IAnonymousObjectCreationOperation anonymous:
                    var first = true;
                    foreach (var assignment in anonymous.Initializers.OfType<ISimpleAssignmentOperation>())
                    {
                        if (assignment.Target is IPropertyReferenceOperation property)
                        {
                            if (context.Keys is not null && context.Naming.PropertyName(property.Property.Name) is { } wireKey
                                && assignment.Syntax is AnonymousObjectMemberDeclaratorSyntax declarator)
                            {
                                context.Keys.Add(new PayloadKey(wireKey, parentKey, (SyntaxNode?)declarator.NameEquals?.Name ?? declarator.Expression, declarator, null,
                                    assignment.Value, first ? anonymous.Syntax : null, anonymous.Initializers.Length));
                                first = false;
                            }

                            Add(property.Property.Name, parentKey, assignment.Value, assignment.Syntax, context, depth);
                        }
                    }

                    return;

                case IObjectCreationOperation creation:
                    ReadObjectCreation(creation, parentKey, context, depth);
                    return;

                case IArrayCreationOperation { Initializer: { } elements }:
                    foreach (var element in elements.ElementValues)
                    {
                        ReadValue(element, parentKey, context, depth + 1);
                    }

                    return;

                case IInvocationOperation invocation when PayloadTypes.IsSerializerCall(invocation, context.Types) && invocation.Arguments.Length > 0:
                    var serialised = invocation.Arguments[0].Value;
                    var withSettings = SerializerSettings.Given(invocation, serialised);
                    var dates = context.Dates == PayloadDates.IsoStrings && withSettings
                        ? PayloadDates.SerializerSettings
                        : context.Dates;
                    var naming = withSettings ? SettingsNaming.Of(invocation, serialised, context.Types) : PayloadTypes.NamingOf(invocation, context.Types);
                    ReadValue(serialised, parentKey, context.With(dates).With(naming), depth + 1);
                    return;

                case IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or ILocalReferenceOperation or IInvocationOperation
                    when context.Keys is not null && operation.Type is { } type && !PayloadTypes.IsStringKeyedDictionary(type, context.Types)
                        && !PayloadTypes.IsHttpContent(type, context.Types):
                    // An object of the user's type made elsewhere: every public property of its type is written all the same
                    // (content of the user's own is sent as it writes itself).
                    TypeKeys.Add(type, context.Naming, null, parentKey, context.Types, context.Keys);
                    return;
            }
        }

        private static void ReadObjectCreation(IObjectCreationOperation creation, string? parentKey, Context context, int depth)
        {
            // HttpContent wrappers (StringContent, FormUrlEncodedContent, ...): the payload is their first argument.
            if (PayloadTypes.IsHttpContent(creation.Type, context.Types))
            {
                if (creation.Arguments.Length > 0)
                {
                    var content = creation.Type?.Name == PayloadTypes.FormContent ? context.With(JsonNaming.Verbatim) : context;
                    ReadValue(creation.Arguments[0].Value, parentKey, content, depth + 1);
                }

                return;
            }

            if (context.Keys is not null && creation.Type is { } type && !PayloadTypes.IsStringKeyedDictionary(type, context.Types))
            {
                TypeKeys.Add(type, context.Naming, creation, parentKey, context.Types, context.Keys);
            }

            if (creation.Initializer is null)
            {
                return;
            }

            foreach (var initializer in creation.Initializer.Initializers)
            {
                // new Dictionary<string, object> { ["created_at"] = x } and { { "created_at", x } }
                if (ReadDictionaryWrite(initializer, null, parentKey, context, depth))
                {
                    continue;
                }

                // new Payload { CreatedAt = x } with [JsonPropertyName("created_at")]
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && JsonPropertyNames.Given(property.Property, context.Naming, context.Types, out _, out _) is { } given)
                {
                    var member = PayloadTypes.HasConverter(property.Property) ? context.With(PayloadDates.MemberConverter) : context;
                    Add(context.Naming.AttributeName(given) ?? given, parentKey, assignment.Value, assignment.Syntax, member, depth);
                }
            }
        }

        /// <summary>dict["key"] = value and dict.Add("key", value) on a dictionary local, after its declaration.</summary>
        private static void ReadLaterDictionaryWrites(ILocalSymbol local, IOperation anyReference, string? parentKey, Context context, int depth)
        {
            if (!PayloadTypes.IsStringKeyedDictionary(local.Type, context.Types))
            {
                return;
            }

            foreach (var operation in Operations.InSameBody(anyReference))
            {
                ReadDictionaryWrite(operation, local, parentKey, context, depth);
            }
        }

        /// <summary>
        /// One dictionary write with a constant key, <c>dict["key"] = value</c> or <c>dict.Add("key", value)</c>, on
        /// <paramref name="local"/>, or on the object being initialised when it is null.
        /// </summary>
        private static bool ReadDictionaryWrite(IOperation operation, ILocalSymbol? local, string? parentKey, Context context, int depth)
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment
                    when WritesTo(indexer.Instance, local) && ConstantKey(indexer.Arguments) is { } key:
                    AddDictionaryKey(key, indexer.Arguments[0].Value, assignment.Value, parentKey, context);
                    Add(key, parentKey, assignment.Value, assignment.Syntax, context, depth);
                    return true;

                case IInvocationOperation { TargetMethod.Name: "Add" } add when WritesTo(add.Instance, local) && add.Arguments.Length == 2
                    && add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }:
                    AddDictionaryKey(key, add.Arguments[0].Value, add.Arguments[1].Value, parentKey, context);
                    Add(key, parentKey, add.Arguments[1].Value, add.Syntax, context, depth);
                    return true;

                default:
                    return false;
            }
        }

        private static void AddDictionaryKey(string key, IOperation keyValue, IOperation value, string? parentKey, Context context)
        {
            if (context.Keys is not null && context.Naming.DictionaryKey(key) is { } wireKey)
            {
                // The first write of a dictionary initializer carries its size: one attribute per write.
                var initializer = value.Parent?.Parent as IObjectOrCollectionInitializerOperation ?? value.Parent?.Parent?.Parent as IObjectOrCollectionInitializerOperation;
                var first = initializer is not null && initializer.Initializers.Length > 0 && initializer.Initializers[0].Syntax.Span.Contains(keyValue.Syntax.Span);
                context.Keys.Add(new PayloadKey(wireKey, parentKey, keyValue.Syntax, keyValue.Syntax as LiteralExpressionSyntax, null,
                    value, first ? initializer!.Syntax : null, initializer?.Initializers.Length ?? 0));
            }
        }

        private static bool WritesTo(IOperation? instance, ILocalSymbol? local)
            => local is null || (instance is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local));

        private static void Add(string key, string? parentKey, IOperation value, SyntaxNode member, Context context, int depth)
        {
            context.Members.Add(new PayloadMember(key, parentKey, value, member, context.Dates));
            ReadValue(value, key, context, depth + 1);
        }

        private static string? ConstantKey(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
            => arguments.Length == 1 && arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } ? key : null;
    }
}
