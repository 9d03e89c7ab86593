namespace CioAnalyzers.Model
{
    /// <summary>How an argument given to an API element of a role becomes sinks (see <see cref="RoleDefinition.SinkShape"/>).</summary>
    internal enum RoleSinkShape
    {
        /// <summary>The argument is one sink of the role.</summary>
        Value = 0,

        /// <summary>The argument is not judged itself; its payload members are, each with the role its key gives it.</summary>
        PayloadMembers,

        /// <summary>The argument is a sink of the role and its payload members are read too.</summary>
        ValueAndPayloadMembers,

        /// <summary>The library sends the argument's type whole: every public property is a key, named by the library's serialiser.</summary>
        SerializedTypeKeys,
    }
}
