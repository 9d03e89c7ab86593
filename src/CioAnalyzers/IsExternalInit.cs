namespace System.Runtime.CompilerServices
{
    /// <summary>Lets netstandard2.0 declare records and init-only setters: the compiler needs the type, not the runtime.</summary>
    internal static class IsExternalInit
    {
    }
}
