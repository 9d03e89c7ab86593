using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// How a client library writes the objects it is given (event data, a customer's details): facts of its own
    /// serialiser settings that decide what reaches Customer.io.
    /// </summary>
    /// <param name="Namespace">The library's namespace: its members' payload parameters are written by this serialiser.</param>
    /// <param name="SerializedInterfaces">Interfaces of the library whose implementations, the user's types, are sent whole, every public property.</param>
    /// <param name="DateTimeRole">The role every <c>DateTime</c> it writes has (its own converter decides how it is written).</param>
    /// <param name="Naming">How its serialiser names what it writes.</param>
    internal sealed record LibrarySerializer(string Namespace, ImmutableArray<string> SerializedInterfaces, ApiRole DateTimeRole, JsonNaming Naming);
}
