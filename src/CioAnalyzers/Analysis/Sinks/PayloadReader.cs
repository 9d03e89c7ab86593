using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        /// under (<c>data</c> for the event data a client library wraps), null for a whole request body.
        /// </summary>
        public static List<PayloadMember> Read(IOperation body, KnownTypes types, PayloadDates dates, List<PayloadKey>? keys = null, string? bodyKey = null)
        {
            var members = new List<PayloadMember>();
            var withSettings = SerializerSettings.SentWithSettings(body);
            if (dates == PayloadDates.IsoStrings && withSettings)
            {
                dates = PayloadDates.SerializerSettings;
            }

            // The value of PostAsJsonAsync and its kin is written with the web defaults; content is named by what makes it.
            var naming = !withSettings && body.Parent is IArgumentOperation { Parent: IInvocationOperation call }
                && KnownTypes.Is(call.TargetMethod.ContainingType, types.HttpClientJsonExtensions)
                ? JsonNaming.SystemTextJsonWeb
                : JsonNaming.Unknown;
            ReadValue(body, bodyKey, new Context(types, members, dates, naming, keys), 0);
            return members;
        }

        /// <summary>
        /// The keys a serialiser writes for every public property of <paramref name="type"/>; <paramref name="creation"/>,
        /// when the object is created here, shows where its initializer sets them.
        /// </summary>
        public static void AddTypeKeys(ITypeSymbol type, JsonNaming naming, IObjectCreationOperation? creation, string? parentKey, KnownTypes types, List<PayloadKey> keys)
        {
            // The user's own types: a library's or the framework's have converters or names of their own, and a
            // collection is written as an array.
            if (naming == JsonNaming.Unknown || type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
                || !type.Locations.Any(l => l.IsInSource) || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable))
            {
                return;
            }

            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property
                        && !property.IsOverride)
                    {
                        AddPropertyKey(property, naming, creation, parentKey, types, keys);
                    }
                }
            }
        }

        private static void AddPropertyKey(IPropertySymbol property, JsonNaming naming, IObjectCreationOperation? creation, string? parentKey, KnownTypes types, List<PayloadKey> keys)
        {
            var nameAttribute = naming.ReadsSystemTextJsonAttributes() ? types.JsonPropertyNameAttribute : types.NewtonsoftJsonPropertyAttribute;
            string? attributeName = null;
            SyntaxNode? attributeLiteral = null;
            foreach (var attribute in property.GetAttributes())
            {
                var name = attribute.AttributeClass?.Name;
                if (name is JsonSerializers.IgnoreAttributeName or JsonSerializers.ExtensionDataAttributeName)
                {
                    return;
                }

                if (KnownTypes.Is(attribute.AttributeClass, nameAttribute) && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string given)
                {
                    attributeName = given;
                    attributeLiteral = (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments.FirstOrDefault()?.Expression;
                }
            }

            var wireKey = attributeName is null ? naming.PropertyName(property.Name) : naming.AttributeName(attributeName);
            var declaration = property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            if (wireKey is null || declaration is null)
            {
                return;
            }

            var set = SetIn(creation, property);
            var written = set?.Target.Syntax ?? (attributeLiteral ?? declaration);
            keys.Add(attributeName is null
                ? new PayloadKey(wireKey, parentKey, written, declaration, nameAttribute is null ? null : AttributeNameInCode(nameAttribute), set?.Value)
                : new PayloadKey(wireKey, parentKey, written, attributeLiteral as LiteralExpressionSyntax, null, set?.Value));
        }

        /// <summary>"System.Text.Json.Serialization.JsonPropertyName" for JsonPropertyNameAttribute: how code names it.</summary>
        private static string AttributeNameInCode(INamedTypeSymbol attribute)
        {
            var name = attribute.ToDisplayString();
            const string Suffix = "Attribute";
            return name.EndsWith(Suffix, System.StringComparison.Ordinal) ? name.Substring(0, name.Length - Suffix.Length) : name;
        }

        /// <summary>Where the object initializer sets <paramref name="property"/>.</summary>
        private static ISimpleAssignmentOperation? SetIn(IObjectCreationOperation? creation, IPropertySymbol property)
        {
            foreach (var initializer in creation?.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    && SymbolEqualityComparer.Default.Equals(target.Property.OriginalDefinition, property.OriginalDefinition))
                {
                    return assignment;
                }
            }

            return null;
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

                case IInvocationOperation invocation when IsSerializerCall(invocation, context.Types) && invocation.Arguments.Length > 0:
                    var serialised = invocation.Arguments[0].Value;
                    var withSettings = SerializerSettings.Given(invocation, serialised);
                    var dates = context.Dates == PayloadDates.IsoStrings && withSettings
                        ? PayloadDates.SerializerSettings
                        : context.Dates;
                    var naming = withSettings ? JsonNaming.Unknown : NamingOf(invocation, context.Types);
                    ReadValue(serialised, parentKey, context.With(dates).With(naming), depth + 1);
                    return;
            }
        }

        private static void ReadObjectCreation(IObjectCreationOperation creation, string? parentKey, Context context, int depth)
        {
            // HttpContent wrappers (StringContent, FormUrlEncodedContent, ...): the payload is their first argument.
            if (IsHttpContent(creation.Type, context.Types))
            {
                if (creation.Arguments.Length > 0)
                {
                    var content = creation.Type?.Name == FormContent ? context.With(JsonNaming.Verbatim) : context;
                    ReadValue(creation.Arguments[0].Value, parentKey, content, depth + 1);
                }

                return;
            }

            if (context.Keys is not null && creation.Type is { } type && !IsStringKeyedDictionary(type, context.Types))
            {
                AddTypeKeys(type, context.Naming, creation, parentKey, context.Types, context.Keys);
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
                    && JsonName(property.Property, context.Types) is { } name)
                {
                    var member = HasConverter(property.Property) ? context.With(PayloadDates.MemberConverter) : context;
                    Add(name, parentKey, assignment.Value, assignment.Syntax, member, depth);
                }
            }
        }

        /// <summary>dict["key"] = value and dict.Add("key", value) on a dictionary local, after its declaration.</summary>
        private static void ReadLaterDictionaryWrites(ILocalSymbol local, IOperation anyReference, string? parentKey, Context context, int depth)
        {
            if (!IsStringKeyedDictionary(local.Type, context.Types))
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

        /// <summary>How the serialiser called names keys with its defaults.</summary>
        private static JsonNaming NamingOf(IInvocationOperation serializerCall, KnownTypes types)
        {
            var type = serializerCall.TargetMethod.ContainingType;
            if (KnownTypes.Is(type, types.JsonContent))
            {
                return JsonNaming.SystemTextJsonWeb;
            }

            return KnownTypes.Is(type, types.JsonSerializer) ? JsonNaming.SystemTextJson : JsonNaming.Newtonsoft;
        }

        private const string FormContent = "FormUrlEncodedContent";

        private static bool WritesTo(IOperation? instance, ILocalSymbol? local)
            => local is null || (instance is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local));

        private static void Add(string key, string? parentKey, IOperation value, SyntaxNode member, Context context, int depth)
        {
            context.Members.Add(new PayloadMember(key, parentKey, value, member, context.Dates));
            ReadValue(value, key, context, depth + 1);
        }

        private static string? ConstantKey(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
            => arguments.Length == 1 && arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } ? key : null;

        /// <summary>The JSON name a serialiser gives the property when the code names it explicitly.</summary>
        private static string? JsonName(IPropertySymbol property, KnownTypes types)
        {
            foreach (var attribute in property.GetAttributes())
            {
                if ((KnownTypes.Is(attribute.AttributeClass, types.JsonPropertyNameAttribute) || KnownTypes.Is(attribute.AttributeClass, types.NewtonsoftJsonPropertyAttribute))
                    && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name)
                {
                    return name;
                }
            }

            return null;
        }

        /// <summary>
        /// Any JsonConverter attribute (System.Text.Json, Newtonsoft.Json or another library's): the member's form is the
        /// converter's, whatever it is.
        /// </summary>
        private static bool HasConverter(IPropertySymbol property)
        {
            foreach (var attribute in property.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == JsonSerializers.ConverterAttributeName)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The object a value is written as when it is written whole in one place: an anonymous object, a string-keyed
        /// dictionary or a Customer.io library's request type created without constructor arguments (its initializer says everything), directly,
        /// inside an HttpContent wrapper or serialiser call, or through a local read only there. Null otherwise: a local
        /// changed later, a type of the project's own (its property initializers may set more), a value from elsewhere.
        /// </summary>
        public static IOperation? WrittenWhole(IOperation value, CustomerIoModel model)
        {
            var types = model.Types;
            for (var depth = 0; depth <= MaxDepth; depth++)
            {
                value = Operations.SkipConversions(value);
                switch (value)
                {
                    case ILocalReferenceOperation local when LocalValues.TryGetSingleValue(local, out var initializer)
                        && LocalValues.CountReads(local.Local, local) == 1:
                        value = initializer;
                        continue;
                    case IInvocationOperation invocation when IsSerializerCall(invocation, types) && invocation.Arguments.Length > 0:
                        value = invocation.Arguments[0].Value;
                        continue;
                    case IObjectCreationOperation content when IsHttpContent(content.Type, types):
                        if (content.Arguments.Length == 0)
                        {
                            return null;
                        }

                        value = content.Arguments[0].Value;
                        continue;
                    case IAnonymousObjectCreationOperation:
                        return value;
                    case IObjectCreationOperation { Arguments.IsEmpty: true, Type: { } type }
                        when IsStringKeyedDictionary(type, types) || model.IsApiType(type as INamedTypeSymbol):
                        return value;
                    default:
                        return null;
                }
            }

            return null;
        }

        private static bool IsSerializerCall(IInvocationOperation invocation, KnownTypes types)
        {
            var type = invocation.TargetMethod.ContainingType;
            return (KnownTypes.Is(type, types.JsonSerializer) && invocation.TargetMethod.Name.StartsWith("Serialize", System.StringComparison.Ordinal))
                || (KnownTypes.Is(type, types.NewtonsoftJsonConvert) && invocation.TargetMethod.Name == "SerializeObject")
                || (KnownTypes.Is(type, types.JsonContent) && invocation.TargetMethod.Name == "Create");
        }

        private static bool IsHttpContent(ITypeSymbol? type, KnownTypes types)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (KnownTypes.Is(current, types.HttpContent))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True for IDictionary&lt;string, T&gt; and the types implementing it. The interfaces are read from the generic
        /// definition (once per definition, not once per construction) and its key type argument mapped back.
        /// </summary>
        private static bool IsStringKeyedDictionary(ITypeSymbol type, KnownTypes types)
        {
            if (type.SpecialType != SpecialType.None || types.GenericIDictionary is null)
            {
                return false;
            }

            if (type is not INamedTypeSymbol named)
            {
                return ImplementsWithStringKey(type, types);
            }

            var definition = named.OriginalDefinition;
            if (KnownTypes.Is(definition, types.GenericIDictionary))
            {
                return named.TypeArguments[0].SpecialType == SpecialType.System_String;
            }

            foreach (var candidate in definition.AllInterfaces)
            {
                if (!KnownTypes.Is(candidate, types.GenericIDictionary))
                {
                    continue;
                }

                var key = candidate.TypeArguments[0];
                if (key is ITypeParameterSymbol parameter)
                {
                    if (!SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, definition))
                    {
                        // A type parameter of an enclosing type: read the constructed type's own interfaces.
                        return ImplementsWithStringKey(named, types);
                    }

                    key = named.TypeArguments[parameter.Ordinal];
                }

                if (key.SpecialType == SpecialType.System_String)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ImplementsWithStringKey(ITypeSymbol type, KnownTypes types)
            => type.AllInterfaces.Concat(type is INamedTypeSymbol named ? new[] { named } : Enumerable.Empty<INamedTypeSymbol>())
                .Any(i => KnownTypes.Is(i, types.GenericIDictionary) && i.TypeArguments[0].SpecialType == SpecialType.System_String);
    }
}
