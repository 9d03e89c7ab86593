namespace CioAnalyzers.Benchmarks
{
    /// <summary>
    /// The configuration files a service's project holds, handed to the analyzers as the package hands them: every corpus
    /// has an appsettings.json (a project without Customer.io too, so that reading it is measured where it finds nothing),
    /// and the Customer.io corpus names its hosts in it and in an environment's file.
    /// </summary>
    internal static class CorpusSettings
    {
        private const string Common = """
              "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
              "AllowedHosts": "*",
              "ConnectionStrings": { "Orders": "Server=db;Database=orders;Trusted_Connection=True;" },
              "Crm": { "Url": "https://crm.example.com/api/", "TimeoutSeconds": 30, "Retries": [ 1, 2, 4 ] },
              "Features": { "NewCheckout": true, "Regions": [ "us", "eu" ] }
            """;

        public static (string Path, string Text)[] For(bool withCustomerIo) => withCustomerIo
            ? new[]
            {
                ("/Corpus/appsettings.json", "{\n" + Common + """
                  ,
                  // Customer.io: hosts here, keys from CustomerIO__TrackApiKey and CustomerIO__AppApiKey
                  "CustomerIO": {
                    "TrackUrl": "https://track.customer.io/api/v1/",
                    "AppUrl": "https://api.customer.io/",
                    "SiteId": "",
                    "TrackApiKey": "",
                    "AppApiKey": ""
                  }
                }
                """),
                ("/Corpus/appsettings.Production.json", """{ "Logging": { "LogLevel": { "Default": "Warning" } }, "CustomerIO": { "TrackUrl": "https://track.customer.io/api/v1/" } }"""),
            }
            : new[] { ("/Corpus/appsettings.json", "{\n" + Common + "\n}\n") };
    }
}
