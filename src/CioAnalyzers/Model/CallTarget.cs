namespace CioAnalyzers.Model
{
    /// <summary>What the method a call runs is, to Customer.io: decided once per method and remembered.</summary>
    internal sealed class CallTarget
    {
        public static readonly CallTarget None = new(CallTargetKind.None);

        public static readonly CallTarget ApiMember = new(CallTargetKind.ApiMember);

        public static readonly CallTarget GetBytes = new(CallTargetKind.GetBytes);

        public static readonly CallTarget HeaderWrite = new(CallTargetKind.HeaderWrite);

        public static readonly CallTarget RestSharpSend = new(CallTargetKind.RestSharpSend);

        public static readonly CallTarget RestSharpAuthenticator = new(CallTargetKind.RestSharpAuthenticator);

        private CallTarget(CallTargetKind kind, int urlOrdinal = -1)
        {
            Kind = kind;
            UrlOrdinal = urlOrdinal;
        }

        public CallTargetKind Kind { get; }

        /// <summary>For an HTTP request, the ordinal of its <c>requestUri</c> parameter.</summary>
        public int UrlOrdinal { get; }

        public static CallTarget HttpRequest(int urlOrdinal) => new(CallTargetKind.HttpRequest, urlOrdinal);
    }

    internal enum CallTargetKind
    {
        None,

        /// <summary>A member of a type with Customer.io roles (a client library or a configured wrapper).</summary>
        ApiMember,

        /// <summary>An HttpClient send or an HttpRequestMessage constructor that takes a request URI.</summary>
        HttpRequest,

        /// <summary><c>Encoding.GetBytes</c>, where a Basic-auth credential is encoded.</summary>
        GetBytes,

        /// <summary><c>HttpHeaders.Add</c> or <c>TryAddWithoutValidation</c> with a name and one value, where an Authorization header is written.</summary>
        HeaderWrite,

        /// <summary>A RestSharp client method that sends the request it is given (Execute, ExecuteAsync, PostAsync...).</summary>
        RestSharpSend,

        /// <summary>The constructor of a RestSharp authenticator that takes credentials.</summary>
        RestSharpAuthenticator,
    }
}
