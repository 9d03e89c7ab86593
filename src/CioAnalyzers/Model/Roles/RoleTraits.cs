using System;

namespace CioAnalyzers.Model
{
    /// <summary>What rules may ask of a role without naming it.</summary>
    [Flags]
    internal enum RoleTraits
    {
        None = 0,

        /// <summary>A credential: a missing value gives a 401 far from its cause.</summary>
        Credential = 1,

        /// <summary>An object whose members are read as payload members with roles of their own (their JSON keys decide).</summary>
        Payload = 2,

        /// <summary>A whole transactional send request: identifiers, recipients and schedule judged together.</summary>
        TransactionalRequest = 4,

        /// <summary>A project's <c>CustomerIo.Api.txt</c> may give this role to its own wrapper's members.</summary>
        Configurable = 8,
    }
}
