using System.Collections.Generic;

namespace CioAnalyzers.Model.Settings
{
    /// <summary>
    /// Which configuration keys hold a Customer.io secret: a key that names Customer.io (<c>customer io</c>,
    /// <c>customerio</c> or <c>cio</c> among its words, in any section: <c>CustomerIO:TrackApiKey</c>,
    /// <c>CUSTOMERIO_API_KEY</c>, <c>Cio.AppKey</c>) and whose last word is <c>key</c> (a write key is the Pipelines API's). A site id alone is an account
    /// number, not a secret.
    /// </summary>
    internal static class CustomerIoSettingNames
    {
        /// <summary>The credential role the key says it holds (Track API key when it does not say which); null when it holds no Customer.io secret.</summary>
        public static ApiRole? SecretRoleOf(string key)
        {
            var words = CredentialSettingNames.Words(key);
            if (!NamesCustomerIo(words) || words.Count == 0 || words[words.Count - 1].Text != "key")
            {
                return null;
            }

            if (words.Count > 1 && words[words.Count - 2].Text == "write")
            {
                return ApiRole.WriteKey;
            }

            return CredentialSettingNames.KindOf(key) == CredentialKind.App ? ApiRole.AppApiKey : ApiRole.TrackApiKey;
        }

        /// <summary>True when the key's words say Customer.io (the name of a section or of the setting itself).</summary>
        public static bool NamesCustomerIo(List<(string Text, bool StartsPart)> words)
        {
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i].Text;
                if (word is "customerio" or "cio" || (word == "customer" && i + 1 < words.Count && words[i + 1].Text == "io"))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
