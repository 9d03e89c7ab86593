using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Acme.Shop;

/// <summary>
/// The HTTP clients the app gets from IHttpClientFactory: their registrations give them Customer.io's address, so the
/// relative paths in <see cref="TrackClient"/> and <see cref="AudienceSync"/> go to Customer.io.
/// </summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddCustomerIo(this IServiceCollection services, IConfiguration configuration)
    {
        // CIO3004: no retry, so a 429 or a 5xx from Customer.io loses the call.
        services.AddHttpClient<TrackClient>(c => c.BaseAddress = new Uri("https://track.customer.io/api/v1/"));
        services.AddHttpClient("customerio-track", c =>
        {
            c.BaseAddress = new Uri("https://track.customer.io/api/v1/");
            var siteId = configuration["CustomerIO:SiteId"] ?? throw new InvalidOperationException("CustomerIO:SiteId is not set");
            // CIO2001: the Basic-auth API key is null when the environment does not set it (appsettings.json leaves it blank).
            var apiKey = configuration["CustomerIO:TrackApiKey"];
            c.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{siteId}:{apiKey}")));
        }).AddStandardResilienceHandler();
        return services;
    }
}
