using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// Identity of symbol objects. A definition's symbol object is unique in its compilation, and hashing the object
    /// is far cheaper than <see cref="Microsoft.CodeAnalysis.SymbolEqualityComparer"/>, which hashes the whole name.
    /// </summary>
    internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ReferenceComparer<T> Instance = new();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
