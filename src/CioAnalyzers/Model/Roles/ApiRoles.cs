namespace CioAnalyzers.Model
{
    /// <summary>The questions rules ask of a role, answered by its <see cref="RoleRegistry"/> entry.</summary>
    internal static class ApiRoles
    {
        /// <summary>An object whose members are read as payload members with their own roles.</summary>
        public static bool IsPayload(this ApiRole role) => RoleRegistry.Of(role).Has(RoleTraits.Payload);

        /// <summary>A credential: a missing value gives a 401 far from its cause.</summary>
        public static bool IsCredential(this ApiRole role) => RoleRegistry.Of(role).Has(RoleTraits.Credential);

        /// <summary>A whole transactional send request.</summary>
        public static bool IsTransactionalRequest(this ApiRole role) => RoleRegistry.Of(role).Has(RoleTraits.TransactionalRequest);

        /// <summary>Words for diagnostics: "the site id", "the Track API key".</summary>
        public static string Describe(this ApiRole role) => RoleRegistry.Of(role).Wording;
    }
}
