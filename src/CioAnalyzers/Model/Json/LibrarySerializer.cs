using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// How a client library writes the objects it is given (event data, a customer's details): facts of its own
    /// serialiser settings that decide what reaches Customer.io.
    /// </summary>
    internal sealed class LibrarySerializer
    {
        public LibrarySerializer(string @namespace, ImmutableArray<string> serializedInterfaces, ApiRole dateTimeRole, JsonNaming naming)
        {
            Naming = naming;
            Namespace = @namespace;
            SerializedInterfaces = serializedInterfaces;
            DateTimeRole = dateTimeRole;
        }

        /// <summary>The library's namespace: its members' payload parameters are written by this serialiser.</summary>
        public string Namespace { get; }

        /// <summary>Interfaces of the library whose implementations, the user's types, are sent whole, every public property.</summary>
        public ImmutableArray<string> SerializedInterfaces { get; }

        /// <summary>The role every <c>DateTime</c> it writes has (its own converter decides how it is written).</summary>
        public ApiRole DateTimeRole { get; }

        /// <summary>How its serialiser names what it writes.</summary>
        public JsonNaming Naming { get; }
    }
}
