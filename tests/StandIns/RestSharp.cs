// Stand-in for RestSharp 112.1.0 (the current generation: RestClientOptions, Method.Post, extension methods on RestRequest).
// Repository : https://github.com/restsharp/RestSharp
// Commit     : bf4008f972257908d666b2884ec7fe330b759424 (2024-10-03 12:41:33 +0200, "Allow tabs in header value, fixes #2263";
//              tag 112.1.0)
// Assembly   : RestSharp (src/RestSharp/RestSharp.csproj, no AssemblyName override)
// Nullable   : enabled in the library, as below.
// Public surface only, bodies are `=> throw null!;`, and only the part a Customer.io call uses: the client and its options,
// the request and the extension methods that add its URL segments, parameters, headers and body, the client extension
// methods that send it, the response, and the Basic and JWT authenticators. Left out: files, cookies, query parameters,
// XML, interceptors, serializer configuration, downloads and streams, the HEAD/OPTIONS/PATCH verbs, and the members of
// the types below whose types are left out. The file each part comes from is named above it.
#nullable enable

namespace RestSharp
{
    using System;
    using System.Collections.Generic;
    using System.Net;
    using System.Net.Http;
    using System.Net.Http.Headers;
    using System.Text;
    using System.Threading;
    using System.Threading.Tasks;
    using RestSharp.Authenticators;

    // src/RestSharp/Enum.cs
    public enum ParameterType
    {
        GetOrPost,
        UrlSegment,
        HttpHeader,
        RequestBody,
        QueryString,
    }

    public enum DataFormat { Json, Xml, Binary, None }

    public enum Method
    {
        Get, Post, Put, Delete, Head, Options,
        Patch, Merge, Copy, Search,
    }

    public enum ResponseStatus
    {
        None,
        Completed,
        Error,
        TimedOut,
        Aborted,
    }

    // src/RestSharp/RestClient.cs
    public delegate void ConfigureHeaders(HttpRequestHeaders headers);

    public delegate void ConfigureSerialization(SerializerConfig config);

    public delegate void ConfigureRestClient(RestClientOptions options);

    // src/RestSharp/Serializers/SerializerConfig.cs (its members are left out)
    public class SerializerConfig
    {
    }

    // src/RestSharp/ContentType.cs (its members but Equals are left out)
    public class ContentType : IEquatable<ContentType>
    {
        public bool Equals(ContentType? other) => throw null!;
    }

    // src/RestSharp/Response/RestResponse.cs
    public delegate ResponseStatus CalculateResponseStatus(HttpResponseMessage httpResponse);

    // src/RestSharp/IRestClient.cs (without Options, Serializers and DefaultParameters, whose types are left out)
    public interface IRestClient : IDisposable
    {
        Task<RestResponse> ExecuteAsync(RestRequest request, CancellationToken cancellationToken = default);

        Task<System.IO.Stream?> DownloadStreamAsync(RestRequest request, CancellationToken cancellationToken = default);
    }

    // src/RestSharp/RestClient.cs, RestClient.Async.cs
    public partial class RestClient : IRestClient
    {
        public RestClient(
            RestClientOptions options,
            ConfigureHeaders? configureDefaultHeaders = null,
            ConfigureSerialization? configureSerialization = null,
            bool useClientFactory = false) => throw null!;

        public RestClient(
            ConfigureRestClient? configureRestClient = null,
            ConfigureHeaders? configureDefaultHeaders = null,
            ConfigureSerialization? configureSerialization = null,
            bool useClientFactory = false) => throw null!;

        public RestClient(
            Uri baseUrl,
            ConfigureRestClient? configureRestClient = null,
            ConfigureHeaders? configureDefaultHeaders = null,
            ConfigureSerialization? configureSerialization = null,
            bool useClientFactory = false) => throw null!;

        public RestClient(
            string baseUrl,
            ConfigureRestClient? configureRestClient = null,
            ConfigureHeaders? configureDefaultHeaders = null,
            ConfigureSerialization? configureSerialization = null) => throw null!;

        public RestClient(
            HttpClient httpClient,
            RestClientOptions? options,
            bool disposeHttpClient = false,
            ConfigureSerialization? configureSerialization = null) => throw null!;

        public RestClient(
            HttpClient httpClient,
            bool disposeHttpClient = false,
            ConfigureRestClient? configureRestClient = null,
            ConfigureSerialization? configureSerialization = null) => throw null!;

        public string[] AcceptedContentTypes { get => throw null!; set => throw null!; }

        public Task<RestResponse> ExecuteAsync(RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public Task<System.IO.Stream?> DownloadStreamAsync(RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public void Dispose() => throw null!;
    }

    // src/RestSharp/Options/RestClientOptions.cs
    public class RestClientOptions
    {
        public RestClientOptions() => throw null!;

        public RestClientOptions(Uri baseUrl) => throw null!;

        public RestClientOptions(string baseUrl) => throw null!;

        public Uri? BaseUrl { get; set; }

        public CalculateResponseStatus CalculateResponseStatus { get; set; } = null!;

        public IAuthenticator? Authenticator { get; set; }

        public ICredentials? Credentials { get; set; }

        public bool UseDefaultCredentials { get; set; }

        public int? MaxRedirects { get; set; }

        public bool FollowRedirects { get; set; }

        public string? UserAgent { get; set; }

        public TimeSpan? Timeout { get; set; }

        public Encoding Encoding { get; set; } = null!;

        public bool ThrowOnDeserializationError { get; set; }

        public bool FailOnDeserializationError { get; set; }

        public bool ThrowOnAnyError { get; set; }

        public Func<string, string> Encode { get; set; } = null!;

        public Func<string, Encoding, string> EncodeQuery { get; set; } = null!;
    }

    // src/RestSharp/Request/RestRequest.cs
    public class RestRequest
    {
        public RestRequest() => throw null!;

        public RestRequest(string? resource, Method method = Method.Get) => throw null!;

        public RestRequest(Uri resource, Method method = Method.Get) => throw null!;

        public IAuthenticator? Authenticator { get; set; }

        public Method Method { get; set; }

        public TimeSpan? Timeout { get; set; }

        public string Resource { get; set; } = "";

        public DataFormat RequestFormat { get; set; }

        public string? RootElement { get; set; }

        public int Attempts { get => throw null!; }
    }

    // src/RestSharp/Request/RestRequestExtensions.cs, .Url.cs, .Headers.cs, .Body.cs
    public static partial class RestRequestExtensions
    {
        public static RestRequest AddParameter(this RestRequest request, string name, string? value, bool encode = true) => throw null!;

        public static RestRequest AddParameter(this RestRequest request, string? name, object value, ParameterType type, bool encode = true) => throw null!;

        public static RestRequest AddParameter<T>(this RestRequest request, string name, T value, bool encode = true) where T : struct => throw null!;

        public static RestRequest AddOrUpdateParameter(this RestRequest request, string name, string? value, bool encode = true) => throw null!;

        public static RestRequest AddOrUpdateParameter(this RestRequest request, string name, object value, ParameterType type, bool encode = true) => throw null!;

        public static RestRequest AddUrlSegment(this RestRequest request, string name, string value, bool encode = true) => throw null!;

        public static RestRequest AddUrlSegment<T>(this RestRequest request, string name, T value, bool encode = true) where T : struct => throw null!;

        public static RestRequest AddHeader(this RestRequest request, string name, string[] values) => throw null!;

        public static RestRequest AddHeader(this RestRequest request, string name, string value) => throw null!;

        public static RestRequest AddHeader<T>(this RestRequest request, string name, T value) where T : struct => throw null!;

        public static RestRequest AddOrUpdateHeader(this RestRequest request, string name, string value) => throw null!;

        public static RestRequest AddHeaders(this RestRequest request, ICollection<KeyValuePair<string, string>> headers) => throw null!;

        public static RestRequest AddBody(this RestRequest request, object obj, ContentType? contentType = null) => throw null!;

        public static RestRequest AddStringBody(this RestRequest request, string body, DataFormat dataFormat) => throw null!;

        public static RestRequest AddJsonBody(this RestRequest request, string jsonString, bool forceSerialize, ContentType? contentType = null) => throw null!;

        public static RestRequest AddJsonBody<T>(this RestRequest request, T obj, ContentType? contentType = null) where T : class => throw null!;
    }

    // src/RestSharp/Response/RestResponseBase.cs
    public abstract class RestResponseBase
    {
        protected RestResponseBase(RestRequest request) => throw null!;

        public RestRequest Request { get; set; } = null!;

        public string? ContentType { get; set; }

        public long? ContentLength { get; set; }

        public string? Content { get; set; }

        public HttpStatusCode StatusCode { get; set; }

        public bool IsSuccessStatusCode { get; set; }

        public bool IsSuccessful => throw null!;

        public string? StatusDescription { get; set; }

        public byte[]? RawBytes { get; set; }

        public Uri? ResponseUri { get; set; }

        public string? Server { get; set; }

        public ResponseStatus ResponseStatus { get; set; }

        public string? ErrorMessage { get; set; }

        public Exception? ErrorException { get; set; }

        public Version? Version { get; set; }

        public string? RootElement { get; set; }
    }

    // src/RestSharp/Response/RestResponse.cs
    public partial class RestResponse<T> : RestResponse
    {
        public RestResponse(RestRequest request) : base(request) => throw null!;

        public T? Data { get; set; }
    }

    public class RestResponse : RestResponseBase
    {
        public RestResponse(RestRequest request) : base(request) => throw null!;

        public RestResponse() : base(null!) => throw null!;
    }

    // src/RestSharp/Response/ResponseThrowExtension.cs
    public static class ResponseThrowExtension
    {
        public static RestResponse ThrowIfError(this RestResponse response) => throw null!;

        public static RestResponse<T> ThrowIfError<T>(this RestResponse<T> response) => throw null!;
    }

    // src/RestSharp/RestClient.Extensions.cs, .Get.cs, .Post.cs, .Put.cs, .Delete.cs. Execute* return the response
    // whatever its status; GetAsync, PostAsync, PutAsync, DeleteAsync (and Get, Post, Put, Delete) call ThrowIfError.
    public static partial class RestClientExtensions
    {
        public static Task<RestResponse<T>> ExecuteAsync<T>(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static RestResponse<T> Execute<T>(this IRestClient client, RestRequest request) => throw null!;

        public static RestResponse Execute(this IRestClient client, RestRequest request) => throw null!;

        public static Task<RestResponse> ExecuteAsync(this IRestClient client, RestRequest request, Method httpMethod, CancellationToken cancellationToken = default) => throw null!;

        public static RestResponse Execute(this IRestClient client, RestRequest request, Method httpMethod) => throw null!;

        public static Task<RestResponse<T>> ExecuteAsync<T>(this IRestClient client, RestRequest request, Method httpMethod, CancellationToken cancellationToken = default) => throw null!;

        public static RestResponse<T> Execute<T>(this IRestClient client, RestRequest request, Method httpMethod) => throw null!;

        public static Task<RestResponse> ExecuteGetAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static RestResponse ExecuteGet(this IRestClient client, RestRequest request) => throw null!;

        public static Task<RestResponse> GetAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static RestResponse Get(this IRestClient client, RestRequest request) => throw null!;

        public static Task<T?> GetAsync<T>(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static Task<RestResponse<T>> ExecutePostAsync<T>(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static RestResponse<T> ExecutePost<T>(this IRestClient client, RestRequest request) => throw null!;

        public static Task<RestResponse> ExecutePostAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static RestResponse ExecutePost(this IRestClient client, RestRequest request) => throw null!;

        public static Task<T?> PostAsync<T>(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static T? Post<T>(this IRestClient client, RestRequest request) => throw null!;

        public static Task<RestResponse> PostAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static RestResponse Post(this IRestClient client, RestRequest request) => throw null!;

        public static Task<RestResponse<T>> ExecutePutAsync<T>(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static RestResponse<T> ExecutePut<T>(this IRestClient client, RestRequest request) => throw null!;

        public static Task<RestResponse> ExecutePutAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static RestResponse ExecutePut(this IRestClient client, RestRequest request) => throw null!;

        public static Task<T?> PutAsync<T>(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static T? Put<T>(this IRestClient client, RestRequest request) => throw null!;

        public static Task<RestResponse> PutAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static RestResponse Put(this IRestClient client, RestRequest request) => throw null!;

        public static Task<RestResponse> ExecuteDeleteAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static RestResponse ExecuteDelete(this IRestClient client, RestRequest request) => throw null!;

        public static Task<RestResponse> DeleteAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => throw null!;

        public static RestResponse Delete(this IRestClient client, RestRequest request) => throw null!;
    }
}

namespace RestSharp.Authenticators
{
    using System.Text;
    using System.Threading.Tasks;

    // src/RestSharp/Authenticators/IAuthenticator.cs
    public interface IAuthenticator
    {
        ValueTask Authenticate(RestSharp.IRestClient client, RestSharp.RestRequest request);
    }

    // src/RestSharp/Authenticators/AuthenticatorBase.cs (GetAuthenticationParameter, protected and typed with the
    // left-out Parameter, is not shown)
    public abstract class AuthenticatorBase : IAuthenticator
    {
        protected AuthenticatorBase(string token) => throw null!;

        protected string Token { get; set; } = null!;

        public ValueTask Authenticate(RestSharp.IRestClient client, RestSharp.RestRequest request) => throw null!;
    }

    // src/RestSharp/Authenticators/HttpBasicAuthenticator.cs: Basic base64("{username}:{password}")
    public class HttpBasicAuthenticator : AuthenticatorBase
    {
        public HttpBasicAuthenticator(string username, string password, Encoding encoding) : base(null!) => throw null!;

        public HttpBasicAuthenticator(string username, string password) : base(null!) => throw null!;
    }

    // src/RestSharp/Authenticators/JwtAuthenticator.cs: "Bearer {accessToken}"
    public class JwtAuthenticator : AuthenticatorBase
    {
        public JwtAuthenticator(string accessToken) : base(null!) => throw null!;

        public void SetBearerToken(string accessToken) => throw null!;
    }
}
