namespace CioAnalyzers.Model
{
    /// <summary>
    /// Everything about one role in one place (see <see cref="RoleRegistry"/>).
    /// </summary>
    /// <param name="Role">The role defined.</param>
    /// <param name="Wording">How diagnostics name a value of the role: "the {Wording} passed to ...".</param>
    /// <param name="Traits">What rules may ask of the role without naming it.</param>
    /// <param name="SinkShape">How an argument given to an element of the role becomes sinks.</param>
    /// <param name="ConfigName">The role's name in <c>CustomerIo.Api.txt</c>; null for roles only the model gives.</param>
    /// <param name="ConfigMeaning">What the role means, for the role table of docs/configuration.md (configurable roles).</param>
    /// <param name="PayloadKey">For payload roles: the JSON key a library sends the payload under (<c>data</c>), null at the top of a body.</param>
    internal sealed record RoleDefinition(
        ApiRole Role,
        string Wording,
        RoleTraits Traits = RoleTraits.None,
        RoleSinkShape SinkShape = RoleSinkShape.Value,
        string? ConfigName = null,
        string? ConfigMeaning = null,
        string? PayloadKey = null)
    {
        public bool Has(RoleTraits trait) => (Traits & trait) == trait;
    }
}
