// Stand-in for RestSharp 105.2.3 (the classic generation: IRestClient/IRestRequest, Method.POST, IRestResponse).
// Repository : https://github.com/restsharp/RestSharp
// Commit     : 0ef81fd0a96149d8e1b73c0b2eeb6a7398681ae9 (2015-08-26 16:30:52 -0700, "merged in pr #737"; tag 105.2.3)
// Assembly   : RestSharp (RestSharp.Net4/RestSharp.Net4.csproj and the other framework projects: AssemblyName RestSharp)
// Target     : the .NET 4 build (symbols FRAMEWORK and NET4 defined: the synchronous Execute and the Task-returning
//              Execute*TaskAsync methods are both public)
// Nullable   : the library predates nullable reference types -> "#nullable disable" (oblivious) below.
// Public surface only, bodies are `=> throw null;`, and only the part a Customer.io call uses: the client, the request with
// its parameters, headers, URL segments and body, the ways to send it, the response, and the Basic and JWT authenticators.
// Left out: files, cookies, XML, deserializer handlers, proxies and certificates, DownloadData, ExecuteDynamic, the
// HEAD/OPTIONS/PATCH verbs, and the members whose types are left out. The file each part comes from is named above it.
// The JSON body is written by the library's own SimpleJson (RestSharp/Serializers/JsonSerializer.cs): property names as
// declared, no name attribute read. AddUrlSegment values are escaped with Uri.EscapeDataString (RestClient.BuildUri).
#nullable disable

namespace RestSharp
{
    using System;
    using System.Collections.Generic;
    using System.Net;
    using System.Text;
    using System.Threading;
    using System.Threading.Tasks;
    using RestSharp.Authenticators;
    using RestSharp.Serializers;

    // RestSharp/Enum.cs
    public enum ParameterType
    {
        Cookie,
        GetOrPost,
        UrlSegment,
        HttpHeader,
        RequestBody,
        QueryString,
    }

    public enum DataFormat
    {
        Json,
        Xml,
    }

    public enum Method
    {
        GET,
        POST,
        PUT,
        DELETE,
        HEAD,
        OPTIONS,
        PATCH,
        MERGE,
    }

    public enum ResponseStatus
    {
        None,
        Completed,
        Error,
        TimedOut,
        Aborted,
    }

    // RestSharp/Parameter.cs
    public class Parameter
    {
        public string Name { get; set; }

        public object Value { get; set; }

        public ParameterType Type { get; set; }

        public string ContentType { get; set; }

        public override string ToString() => throw null;
    }

    // RestSharp/RestRequestAsyncHandle.cs
    public class RestRequestAsyncHandle
    {
        public HttpWebRequest WebRequest;

        public RestRequestAsyncHandle() => throw null;

        public RestRequestAsyncHandle(HttpWebRequest webRequest) => throw null;

        public void Abort() => throw null;
    }

    // RestSharp/IRestRequest.cs
    public interface IRestRequest
    {
        ISerializer JsonSerializer { get; set; }

        List<Parameter> Parameters { get; }

        Method Method { get; set; }

        string Resource { get; set; }

        DataFormat RequestFormat { get; set; }

        string RootElement { get; set; }

        string DateFormat { get; set; }

        int Timeout { get; set; }

        IRestRequest AddBody(object obj, string xmlNamespace);

        IRestRequest AddBody(object obj);

        IRestRequest AddJsonBody(object obj);

        IRestRequest AddObject(object obj, params string[] includedProperties);

        IRestRequest AddObject(object obj);

        IRestRequest AddParameter(Parameter p);

        IRestRequest AddParameter(string name, object value);

        IRestRequest AddParameter(string name, object value, ParameterType type);

        IRestRequest AddParameter(string name, object value, string contentType, ParameterType type);

        IRestRequest AddHeader(string name, string value);

        IRestRequest AddUrlSegment(string name, string value);

        IRestRequest AddQueryParameter(string name, string value);

        Action<IRestResponse> OnBeforeDeserialization { get; set; }
    }

    // RestSharp/RestRequest.cs. RequestFormat is Xml unless set: AddBody writes XML then, AddJsonBody sets it to Json.
    public class RestRequest : IRestRequest
    {
        public RestRequest() => throw null;

        public RestRequest(Method method) => throw null;

        public RestRequest(string resource) => throw null;

        public RestRequest(string resource, Method method) => throw null;

        public RestRequest(Uri resource) => throw null;

        public RestRequest(Uri resource, Method method) => throw null;

        public ISerializer JsonSerializer { get; set; }

        public IRestRequest AddBody(object obj, string xmlNamespace) => throw null;

        public IRestRequest AddBody(object obj) => throw null;

        public IRestRequest AddJsonBody(object obj) => throw null;

        public IRestRequest AddObject(object obj, params string[] includedProperties) => throw null;

        public IRestRequest AddObject(object obj) => throw null;

        public IRestRequest AddParameter(Parameter p) => throw null;

        public IRestRequest AddParameter(string name, object value) => throw null;

        public IRestRequest AddParameter(string name, object value, ParameterType type) => throw null;

        public IRestRequest AddParameter(string name, object value, string contentType, ParameterType type) => throw null;

        public IRestRequest AddHeader(string name, string value) => throw null;

        public IRestRequest AddUrlSegment(string name, string value) => throw null;

        public IRestRequest AddQueryParameter(string name, string value) => throw null;

        public List<Parameter> Parameters { get; private set; }

        public Method Method { get; set; }

        public string Resource { get; set; }

        public DataFormat RequestFormat { get; set; }

        public string RootElement { get; set; }

        public Action<IRestResponse> OnBeforeDeserialization { get; set; }

        public string DateFormat { get; set; }

        public int Timeout { get; set; }
    }

    // RestSharp/IRestResponse.cs
    public interface IRestResponse
    {
        IRestRequest Request { get; set; }

        string ContentType { get; set; }

        long ContentLength { get; set; }

        string ContentEncoding { get; set; }

        string Content { get; set; }

        HttpStatusCode StatusCode { get; set; }

        string StatusDescription { get; set; }

        byte[] RawBytes { get; set; }

        Uri ResponseUri { get; set; }

        string Server { get; set; }

        IList<Parameter> Headers { get; }

        ResponseStatus ResponseStatus { get; set; }

        string ErrorMessage { get; set; }

        Exception ErrorException { get; set; }
    }

    public interface IRestResponse<T> : IRestResponse
    {
        T Data { get; set; }
    }

    // RestSharp/RestResponse.cs
    public abstract class RestResponseBase
    {
        public IRestRequest Request { get; set; }

        public string ContentType { get; set; }

        public long ContentLength { get; set; }

        public string ContentEncoding { get; set; }

        public string Content { get => throw null; set => throw null; }

        public HttpStatusCode StatusCode { get; set; }

        public string StatusDescription { get; set; }

        public byte[] RawBytes { get; set; }

        public Uri ResponseUri { get; set; }

        public string Server { get; set; }

        public IList<Parameter> Headers { get; protected internal set; }

        public ResponseStatus ResponseStatus { get; set; }

        public string ErrorMessage { get; set; }

        public Exception ErrorException { get; set; }
    }

    public class RestResponse<T> : RestResponseBase, IRestResponse<T>
    {
        public T Data { get; set; }

        public static explicit operator RestResponse<T>(RestResponse response) => throw null;
    }

    public class RestResponse : RestResponseBase, IRestResponse
    {
    }

    // RestSharp/IRestClient.cs
    public interface IRestClient
    {
        int Timeout { get; set; }

        IAuthenticator Authenticator { get; set; }

        Uri BaseUrl { get; set; }

        Encoding Encoding { get; set; }

        IList<Parameter> DefaultParameters { get; }

        RestRequestAsyncHandle ExecuteAsync(IRestRequest request, Action<IRestResponse, RestRequestAsyncHandle> callback);

        RestRequestAsyncHandle ExecuteAsync<T>(IRestRequest request, Action<IRestResponse<T>, RestRequestAsyncHandle> callback);

        IRestResponse Execute(IRestRequest request);

        IRestResponse<T> Execute<T>(IRestRequest request) where T : new();

        Uri BuildUri(IRestRequest request);

        Task<IRestResponse<T>> ExecuteTaskAsync<T>(IRestRequest request, CancellationToken token);

        Task<IRestResponse<T>> ExecuteTaskAsync<T>(IRestRequest request);

        Task<IRestResponse<T>> ExecuteGetTaskAsync<T>(IRestRequest request);

        Task<IRestResponse<T>> ExecuteGetTaskAsync<T>(IRestRequest request, CancellationToken token);

        Task<IRestResponse<T>> ExecutePostTaskAsync<T>(IRestRequest request);

        Task<IRestResponse<T>> ExecutePostTaskAsync<T>(IRestRequest request, CancellationToken token);

        Task<IRestResponse> ExecuteTaskAsync(IRestRequest request, CancellationToken token);

        Task<IRestResponse> ExecuteTaskAsync(IRestRequest request);

        Task<IRestResponse> ExecuteGetTaskAsync(IRestRequest request);

        Task<IRestResponse> ExecuteGetTaskAsync(IRestRequest request, CancellationToken token);

        Task<IRestResponse> ExecutePostTaskAsync(IRestRequest request);

        Task<IRestResponse> ExecutePostTaskAsync(IRestRequest request, CancellationToken token);
    }

    // RestSharp/RestClient.cs, RestClient.Sync.cs, RestClient.Async.cs
    public partial class RestClient : IRestClient
    {
        public RestClient() => throw null;

        public RestClient(Uri baseUrl) => throw null;

        public RestClient(string baseUrl) => throw null;

        public int Timeout { get; set; }

        public string UserAgent { get; set; }

        public IAuthenticator Authenticator { get; set; }

        public virtual Uri BaseUrl { get; set; }

        public Encoding Encoding { get; set; }

        public IList<Parameter> DefaultParameters { get; private set; }

        public Uri BuildUri(IRestRequest request) => throw null;

        public virtual IRestResponse Execute(IRestRequest request) => throw null;

        public virtual IRestResponse<T> Execute<T>(IRestRequest request) where T : new() => throw null;

        public virtual RestRequestAsyncHandle ExecuteAsync(IRestRequest request, Action<IRestResponse, RestRequestAsyncHandle> callback) => throw null;

        public virtual RestRequestAsyncHandle ExecuteAsync<T>(IRestRequest request, Action<IRestResponse<T>, RestRequestAsyncHandle> callback) => throw null;

        public virtual Task<IRestResponse<T>> ExecuteGetTaskAsync<T>(IRestRequest request) => throw null;

        public virtual Task<IRestResponse<T>> ExecuteGetTaskAsync<T>(IRestRequest request, CancellationToken token) => throw null;

        public virtual Task<IRestResponse<T>> ExecutePostTaskAsync<T>(IRestRequest request) => throw null;

        public virtual Task<IRestResponse<T>> ExecutePostTaskAsync<T>(IRestRequest request, CancellationToken token) => throw null;

        public virtual Task<IRestResponse<T>> ExecuteTaskAsync<T>(IRestRequest request) => throw null;

        public virtual Task<IRestResponse<T>> ExecuteTaskAsync<T>(IRestRequest request, CancellationToken token) => throw null;

        public virtual Task<IRestResponse> ExecuteTaskAsync(IRestRequest request) => throw null;

        public virtual Task<IRestResponse> ExecuteGetTaskAsync(IRestRequest request) => throw null;

        public virtual Task<IRestResponse> ExecuteGetTaskAsync(IRestRequest request, CancellationToken token) => throw null;

        public virtual Task<IRestResponse> ExecutePostTaskAsync(IRestRequest request) => throw null;

        public virtual Task<IRestResponse> ExecutePostTaskAsync(IRestRequest request, CancellationToken token) => throw null;

        public virtual Task<IRestResponse> ExecuteTaskAsync(IRestRequest request, CancellationToken token) => throw null;
    }

    // RestSharp/RestClientExtensions.cs: every verb executes the request and returns its response, whatever its status.
    public static class RestClientExtensions
    {
        public static RestRequestAsyncHandle ExecuteAsync(this IRestClient client, IRestRequest request, Action<IRestResponse> callback) => throw null;

        public static RestRequestAsyncHandle PostAsync(this IRestClient client, IRestRequest request, Action<IRestResponse, RestRequestAsyncHandle> callback) => throw null;

        public static Task<T> PostTaskAsync<T>(this IRestClient client, IRestRequest request) where T : new() => throw null;

        public static IRestResponse<T> Get<T>(this IRestClient client, IRestRequest request) where T : new() => throw null;

        public static IRestResponse<T> Post<T>(this IRestClient client, IRestRequest request) where T : new() => throw null;

        public static IRestResponse<T> Put<T>(this IRestClient client, IRestRequest request) where T : new() => throw null;

        public static IRestResponse<T> Delete<T>(this IRestClient client, IRestRequest request) where T : new() => throw null;

        public static IRestResponse Get(this IRestClient client, IRestRequest request) => throw null;

        public static IRestResponse Post(this IRestClient client, IRestRequest request) => throw null;

        public static IRestResponse Put(this IRestClient client, IRestRequest request) => throw null;

        public static IRestResponse Delete(this IRestClient client, IRestRequest request) => throw null;

        public static void AddDefaultParameter(this IRestClient restClient, Parameter p) => throw null;

        public static void AddDefaultHeader(this IRestClient restClient, string name, string value) => throw null;

        public static void AddDefaultUrlSegment(this IRestClient restClient, string name, string value) => throw null;
    }
}

namespace RestSharp.Serializers
{
    // RestSharp/Serializers/ISerializer.cs
    public interface ISerializer
    {
        string Serialize(object obj);

        string RootElement { get; set; }

        string Namespace { get; set; }

        string DateFormat { get; set; }

        string ContentType { get; set; }
    }
}

namespace RestSharp.Authenticators
{
    // RestSharp/Authenticators/IAuthenticator.cs
    public interface IAuthenticator
    {
        void Authenticate(RestSharp.IRestClient client, RestSharp.IRestRequest request);
    }

    // RestSharp/Authenticators/HttpBasicAuthenticator.cs: Basic base64("{username}:{password}")
    public class HttpBasicAuthenticator : IAuthenticator
    {
        public HttpBasicAuthenticator(string username, string password) => throw null;

        public void Authenticate(RestSharp.IRestClient client, RestSharp.IRestRequest request) => throw null;
    }

    // RestSharp/Authenticators/JwtAuthenticator.cs: "Bearer {accessToken}"
    public class JwtAuthenticator : IAuthenticator
    {
        public JwtAuthenticator(string accessToken) => throw null;

        public void Authenticate(RestSharp.IRestClient client, RestSharp.IRestRequest request) => throw null;
    }
}
