namespace CioAnalyzers.Analysis
{
    /// <summary>How a <c>DateTime</c> or <c>DateTimeOffset</c> sent in this place goes on the wire.</summary>
    internal enum PayloadDates
    {
        /// <summary>Not a JSON payload member (a library parameter or property, a URL): the code that sends it decides.</summary>
        NotSerialized = 0,

        /// <summary>A member that System.Text.Json or Newtonsoft.Json writes with default settings: dates become ISO-8601 strings.</summary>
        IsoStrings,

        /// <summary>A member whose serialiser settings are not the defaults (options, settings, a library's own): a date's form is unknown.</summary>
        SerializerSettings,

        /// <summary>A member that carries its own converter: no value's form is known.</summary>
        MemberConverter,
    }
}
