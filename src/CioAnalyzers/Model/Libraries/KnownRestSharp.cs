using System;
using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// RestSharp as data, both generations users have (mirrored from its source, the versions named in tests/StandIns):
    /// 105/106 (<c>IRestClient</c>, <c>IRestRequest</c>, instance methods, <c>IRestResponse</c>) and 110+
    /// (<c>RestClientOptions</c>, extension methods on <c>RestRequest</c>, <c>RestResponse</c>). A request goes to the
    /// client's base URL joined with the request's resource, its <c>{name}</c> placeholders filled by URL segments.
    /// </summary>
    internal static class KnownRestSharp
    {
        private const string Ns = "RestSharp.";

        public const string RestClient = Ns + "RestClient";
        public const string IRestClient = Ns + "IRestClient";
        public const string ClientExtensions = Ns + "RestClientExtensions";
        public const string RestRequest = Ns + "RestRequest";
        public const string IRestRequest = Ns + "IRestRequest";
        public const string RequestExtensions = Ns + "RestRequestExtensions";
        public const string ClientOptions = Ns + "RestClientOptions";
        public const string IRestResponse = Ns + "IRestResponse";
        public const string RestResponse = Ns + "RestResponse";
        public const string BasicAuthenticator = Ns + "Authenticators.HttpBasicAuthenticator";
        public const string JwtAuthenticator = Ns + "Authenticators.JwtAuthenticator";

        /// <summary>The parameter of every send method (Execute, ExecuteAsync, PostAsync...) that takes the request.</summary>
        public const string RequestParameter = "request";

        /// <summary>The request constructors' path (or whole URL), relative to the client's base URL.</summary>
        public const string ResourceParameter = "resource";

        /// <summary>The base URL of <c>new RestClient(baseUrl)</c> and <c>new RestClientOptions(baseUrl)</c>.</summary>
        public const string BaseUrlParameter = "baseUrl";

        /// <summary>The options of <c>new RestClient(options)</c> (110+).</summary>
        public const string OptionsParameter = "options";

        /// <summary>The base URL property of the client (105/106) and of its options (110+).</summary>
        public const string BaseUrlProperty = "BaseUrl";

        /// <summary>The authenticator property of the client (105/106), its options and the request (110+).</summary>
        public const string AuthenticatorProperty = "Authenticator";

        /// <summary>The option (110+, and 106's client property) that makes every send throw on an error status.</summary>
        public const string ThrowOnAnyErrorProperty = "ThrowOnAnyError";

        /// <summary>
        /// Where another serializer is put in place of the default one: 110+'s <c>configureSerialization</c> client
        /// argument (<c>s => s.UseNewtonsoftJson()</c>) and 105's request <c>JsonSerializer</c> property. A body's names
        /// and dates are then not known.
        /// </summary>
        public const string SerializationParameter = "configureSerialization";

        public const string JsonSerializerProperty = "JsonSerializer";

        /// <summary>Which serializer <c>AddBody</c> uses; <c>AddJsonBody</c> sets it to JSON.</summary>
        public const string RequestFormatProperty = "RequestFormat";

        public const string JsonFormat = "Json";

        /// <summary>A URL segment: <c>AddUrlSegment(name, value)</c>, or a parameter of type <c>ParameterType.UrlSegment</c>.</summary>
        public static readonly ImmutableHashSet<string> UrlSegmentMethods = ImmutableHashSet.Create(StringComparer.Ordinal, "AddUrlSegment");

        public static readonly ImmutableHashSet<string> ParameterMethods = ImmutableHashSet.Create(StringComparer.Ordinal, "AddParameter", "AddOrUpdateParameter");

        public const string UrlSegmentType = "UrlSegment";

        public const string HeaderType = "HttpHeader";

        /// <summary>A body given as a parameter: <c>AddParameter("application/json", json, ParameterType.RequestBody)</c>.</summary>
        public const string RequestBodyType = "RequestBody";

        public const string NameParameter = "name";

        public const string ValueParameter = "value";

        /// <summary>
        /// 110+ escapes a URL segment with <c>Uri.EscapeDataString</c> unless <c>encode: false</c>; 105 always escapes it
        /// (no such parameter).
        /// </summary>
        public const string EncodeParameter = "encode";

        public const string EncodeTurnedOff = "encode: false turns off RestSharp's own escaping";

        public static readonly ImmutableHashSet<string> HeaderMethods = ImmutableHashSet.Create(StringComparer.Ordinal, "AddHeader", "AddOrUpdateHeader");

        /// <summary>Bodies always written as JSON.</summary>
        public static readonly ImmutableHashSet<string> JsonBodyMethods = ImmutableHashSet.Create(StringComparer.Ordinal, "AddJsonBody");

        /// <summary>Bodies written in the request's <see cref="RequestFormatProperty"/>.</summary>
        public static readonly ImmutableHashSet<string> FormatBodyMethods = ImmutableHashSet.Create(StringComparer.Ordinal, "AddBody");

        public const string BodyParameter = "obj";

        /// <summary>110+'s <c>AddJsonBody(jsonString, forceSerialize)</c>: JSON text the caller wrote.</summary>
        public const string JsonStringParameter = "jsonString";

        /// <summary>
        /// How each generation writes a JSON body, told by the type that declares the body method: 105/106's own
        /// SimpleJson keeps the declared names and reads no name attribute, and a request's format is XML unless set;
        /// 110+ writes with System.Text.Json's web defaults (camelCase), and JSON is the default format.
        /// </summary>
        public static readonly ImmutableArray<(string DeclaringType, JsonNaming Naming, bool JsonByDefault)> BodySerializers = ImmutableArray.Create(
            (RestRequest, JsonNaming.DeclaredNames, false),
            (IRestRequest, JsonNaming.DeclaredNames, false),
            (RequestExtensions, JsonNaming.SystemTextJsonWeb, true));

        /// <summary>The credentials an authenticator's constructor takes, and the API whose credential each is.</summary>
        public static readonly ImmutableArray<(string Type, string Parameter, HttpApiKind Api, ApiRole Role)> Authenticators = ImmutableArray.Create(
            (BasicAuthenticator, "username", HttpApiKind.Track, ApiRole.SiteId),
            (BasicAuthenticator, "password", HttpApiKind.Track, ApiRole.TrackApiKey),
            (JwtAuthenticator, "accessToken", HttpApiKind.App, ApiRole.AppApiKey));

        /// <summary>
        /// 110+'s verb methods (<c>PostAsync</c>, <c>Put</c>...) that return the <see cref="RestResponse"/> call
        /// <c>ThrowIfError</c>: they throw on an error status (404 aside, which the library counts as completed). Every
        /// other send returns the response whatever its status, as do 105/106's verbs, which return <c>IRestResponse</c>.
        /// </summary>
        public static readonly ImmutableHashSet<string> ThrowingVerbs = ImmutableHashSet.Create(
            StringComparer.Ordinal, "Get", "Post", "Put", "Delete", "Patch", "Head", "Options", "GetAsync", "PostAsync", "PutAsync", "DeleteAsync", "PatchAsync", "HeadAsync", "OptionsAsync");

        /// <summary>The Authorization header, whose Bearer token is an App API key on the App API.</summary>
        public const string AuthorizationHeader = "Authorization";

        public const string BearerPrefix = "Bearer ";
    }
}
