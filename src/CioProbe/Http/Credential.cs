using System.Text;

namespace CioProbe.Http
{
    /// <summary>An Authorization scheme and its parameter; turned into a header only inside <see cref="ProbeHttp"/>, where a malformed value is a finding.</summary>
    internal sealed record Credential(string Scheme, string Parameter)
    {
        /// <summary>
        /// False when a value the parameter is made of cannot be a header value. Checked on the values, not on the
        /// parameter: Base64 makes any Basic pair ASCII, so a non-ASCII Track key would otherwise be sent.
        /// </summary>
        public bool Sendable { get; private init; } = IsHeaderText(Parameter);

        public static Credential Basic(string user, string password) =>
            new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"))) { Sendable = IsHeaderText(user) && IsHeaderText(password) };

        public static Credential Bearer(string token) => new("Bearer", token);

        // Printable ASCII only: anything else fails inside the transport, after the request counts as sent.
        private static bool IsHeaderText(string value) => value.All(c => c is >= ' ' and <= '~');

        // Keeps the parameter out of any generated ToString (records print their members).
        public override string ToString() => Scheme;
    }
}
