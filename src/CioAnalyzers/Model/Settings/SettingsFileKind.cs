namespace CioAnalyzers.Model.Settings
{
    /// <summary>The two shapes of configuration file .NET applications keep settings in.</summary>
    internal enum SettingsFileKind
    {
        /// <summary><c>appsettings.json</c> and <c>appsettings.{Environment}.json</c> (Microsoft.Extensions.Configuration).</summary>
        Json,

        /// <summary><c>Web.config</c>, <c>App.config</c> and their transforms (<c>appSettings</c>, <c>connectionStrings</c>).</summary>
        Xml,
    }
}
