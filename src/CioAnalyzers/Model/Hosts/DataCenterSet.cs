using System;

namespace CioAnalyzers.Model
{
    /// <summary>The data centres a value may name hosts of: what a host constant can contribute to a type's hosts.</summary>
    [Flags]
    internal enum DataCenterSet : byte
    {
        None = 0,
        Us = 1,
        Eu = 2,
        Any = Us | Eu,
    }

    internal static class DataCenterSets
    {
        public static DataCenterSet Of(string text)
        {
            var found = DataCenterSet.None;
            foreach (var (dataCenter, _) in HostScanner.HostsIn(text))
            {
                found |= dataCenter.AsSet();
            }

            return found;
        }

        public static DataCenterSet AsSet(this DataCenter dataCenter) => dataCenter switch
        {
            DataCenter.Us => DataCenterSet.Us,
            DataCenter.Eu => DataCenterSet.Eu,
            _ => DataCenterSet.None,
        };
    }
}
