using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace CioAnalyzers.Model.Settings
{
    /// <summary>
    /// Reads an <c>appsettings*.json</c> file into flattened entries the way the .NET JSON configuration provider does:
    /// nested objects joined with <c>:</c>, array items under their index, numbers and booleans as their text; it accepts
    /// what that provider accepts beyond strict JSON (comments, trailing commas). The analyzer assembly takes no
    /// dependency beyond Roslyn, so this small reader stands in for System.Text.Json.
    /// </summary>
    internal sealed class JsonSettingsReader
    {
        // Real settings files nest a few levels; a deeper file is not one, and recursion must stay bounded.
        private const int MaxDepth = 64;

        private readonly string text;
        private readonly ImmutableArray<SettingEntry>.Builder entries = ImmutableArray.CreateBuilder<SettingEntry>();
        private int at;

        private JsonSettingsReader(string text)
        {
            this.text = text;
        }

        /// <summary>The entries of <paramref name="text"/>; null when it is not a JSON object with readable content.</summary>
        public static ImmutableArray<SettingEntry>? Read(string text)
        {
            var reader = new JsonSettingsReader(text);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                reader.at = 1;
            }

            reader.SkipTrivia();
            if (!reader.Peek('{') || !reader.ReadValue(null, 0))
            {
                return null;
            }

            reader.SkipTrivia();
            return reader.at == text.Length ? reader.entries.ToImmutable() : null;
        }

        private bool ReadValue(string? key, int depth)
        {
            if (depth > MaxDepth || at >= text.Length)
            {
                return false;
            }

            switch (text[at])
            {
                case '{':
                    return ReadObject(key, depth);
                case '[':
                    return ReadArray(key, depth);
                case '"':
                    var start = at + 1;
                    if (ReadString() is not { } value)
                    {
                        return false;
                    }

                    Add(key, value, TextSpan.FromBounds(start, at - 1));
                    return true;
                default:
                    var literalStart = at;
                    while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] is '-' or '+' or '.'))
                    {
                        at++;
                    }

                    var literal = text.Substring(literalStart, at - literalStart);
                    if (!IsLiteral(literal))
                    {
                        return false;
                    }

                    Add(key, literal == "null" ? null : literal, TextSpan.FromBounds(literalStart, at));
                    return true;
            }
        }

        private bool ReadObject(string? key, int depth)
        {
            at++;
            var empty = true;
            while (true)
            {
                SkipTrivia();
                if (Peek('}'))
                {
                    at++;
                    if (empty && key is not null)
                    {
                        // An empty object is a section without values: the provider keeps its key.
                        Add(key, null, new TextSpan(at - 1, 0));
                    }

                    return true;
                }

                if (!Peek('"') || ReadString() is not { } name)
                {
                    return false;
                }

                SkipTrivia();
                if (!Peek(':'))
                {
                    return false;
                }

                at++;
                SkipTrivia();
                if (!ReadValue(key is null ? name : key + ":" + name, depth + 1) || !AfterItem('}'))
                {
                    return false;
                }

                empty = false;
            }
        }

        private bool ReadArray(string? key, int depth)
        {
            at++;
            var index = 0;
            while (true)
            {
                SkipTrivia();
                if (Peek(']'))
                {
                    at++;
                    return true;
                }

                var itemKey = (key is null ? string.Empty : key + ":") + index.ToString(CultureInfo.InvariantCulture);
                if (!ReadValue(itemKey, depth + 1) || !AfterItem(']'))
                {
                    return false;
                }

                index++;
            }
        }

        // After an item: a comma (a trailing one is accepted) or the closing bracket, left for the caller to read.
        private bool AfterItem(char close)
        {
            SkipTrivia();
            if (Peek(','))
            {
                at++;
                return true;
            }

            return Peek(close);
        }

        private string? ReadString()
        {
            at++;
            var value = new StringBuilder();
            while (at < text.Length)
            {
                var c = text[at++];
                if (c == '"')
                {
                    return value.ToString();
                }

                if (c != '\\')
                {
                    if (c < ' ')
                    {
                        return null;
                    }

                    value.Append(c);
                    continue;
                }

                if (at >= text.Length)
                {
                    return null;
                }

                var escaped = text[at++];
                switch (escaped)
                {
                    case '"': case '\\': case '/': value.Append(escaped); break;
                    case 'b': value.Append('\b'); break;
                    case 'f': value.Append('\f'); break;
                    case 'n': value.Append('\n'); break;
                    case 'r': value.Append('\r'); break;
                    case 't': value.Append('\t'); break;
                    case 'u':
                        if (at + 4 > text.Length
                            || !int.TryParse(text.Substring(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            return null;
                        }

                        value.Append((char)code);
                        at += 4;
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        private void SkipTrivia()
        {
            while (at < text.Length)
            {
                if (char.IsWhiteSpace(text[at]))
                {
                    at++;
                }
                else if (text[at] == '/' && at + 1 < text.Length && text[at + 1] == '/')
                {
                    while (at < text.Length && text[at] != '\n')
                    {
                        at++;
                    }
                }
                else if (text[at] == '/' && at + 1 < text.Length && text[at + 1] == '*')
                {
                    var end = text.IndexOf("*/", at + 2, System.StringComparison.Ordinal);
                    at = end < 0 ? text.Length : end + 2;
                }
                else
                {
                    return;
                }
            }
        }

        private bool Peek(char c) => at < text.Length && text[at] == c;

        private void Add(string? key, string? value, TextSpan span)
        {
            // A value at the top level (not in an object) has no key; the caller only starts at an object.
            if (key is not null)
            {
                entries.Add(new SettingEntry(key, value, span));
            }
        }

        private static bool IsLiteral(string literal) =>
            literal is "true" or "false" or "null"
            || double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }
}
