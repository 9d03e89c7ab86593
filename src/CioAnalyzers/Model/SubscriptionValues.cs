using System;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// How Customer.io reads a string sent as <c>unsubscribed</c>, and the boolean a string usually means. Customer.io
    /// counts only <c>true</c>, <c>1</c>, <c>"1"</c> and <c>"true"</c> (any case) as unsubscribed: <c>"yes"</c> leaves the
    /// person subscribed.
    /// </summary>
    internal static class SubscriptionValues
    {
        private static readonly string[] ReadAsUnsubscribed = { "true", "1" };
        private static readonly string[] MeanTrue = { "yes", "y", "true", "1" };
        private static readonly string[] MeanFalse = { "no", "n", "false", "0" };

        /// <summary>True when Customer.io reads the string as unsubscribed.</summary>
        public static bool IsReadAsUnsubscribed(string text) => IsOneOf(text, ReadAsUnsubscribed, trim: false);

        /// <summary>The boolean the string means (case-insensitive, trimmed), or null when it means neither.</summary>
        public static bool? MeaningOf(string text)
            => IsOneOf(text, MeanTrue, trim: true) ? true : IsOneOf(text, MeanFalse, trim: true) ? false : null;

        private static bool IsOneOf(string text, string[] values, bool trim)
        {
            var candidate = trim ? text.Trim() : text;
            foreach (var value in values)
            {
                if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
