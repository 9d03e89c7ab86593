using System;
using System.Linq;
using CioAnalyzers.Model;
using CioProbe;
using Xunit;

namespace CioAnalyzers.Tests.Model
{
    /// <summary>The analyzers and the probe each hold Customer.io's host list once; the two lists must agree.</summary>
    public class HostListTests
    {
        [Fact]
        public void TheAnalyzersAndTheProbeKnowTheSameHostsInTheSameDataCentres()
        {
            var analyzers = KnownHttpApi.Hosts
                .Select(h => (Host: h.Name, Region: HostScanner.DataCenterAt(h.Name, 0, h.Name.Length) == DataCenter.Eu ? CustomerIoRegion.Eu : CustomerIoRegion.Us))
                .OrderBy(h => h.Host, StringComparer.Ordinal)
                .ToList();
            var probe = CustomerIoRegion.Hosts.OrderBy(h => h.Host, StringComparer.Ordinal).ToList();
            Assert.NotEmpty(analyzers);
            Assert.Equal(analyzers, probe);
        }

        [Theory]
        [InlineData("track.customer.io", "track-eu.customer.io")]
        [InlineData("beta-api-eu.customer.io", "beta-api.customer.io")]
        public void EachHostHasItsCounterpartInTheOtherDataCentre(string host, string other)
            => Assert.Equal(other, HostScanner.OtherDataCenterHost(host));
    }
}
