using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Xml;
using Microsoft.CodeAnalysis.Text;

namespace CioAnalyzers.Model.Settings
{
    /// <summary>
    /// Reads the settings of a <c>Web.config</c>/<c>App.config</c> (or a transform of one): each
    /// <c>&lt;appSettings&gt;&lt;add key="..." value="..."/&gt;</c> under its key, as
    /// <c>ConfigurationManager.AppSettings[key]</c> reads it, and each <c>&lt;connectionStrings&gt;&lt;add name="..."
    /// connectionString="..."/&gt;</c> under <c>ConnectionStrings:name</c>. Nothing else of the file is a setting.
    /// </summary>
    internal static class XmlSettingsReader
    {
        public const string ConnectionStringsPrefix = "ConnectionStrings:";

        private static readonly XmlReaderSettings Settings = new()
        {
            // A configuration file needs no DTD; resolving one could read other files or expand entities without bound.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        /// <summary>The settings of <paramref name="text"/>; null when it is not well-formed XML.</summary>
        public static ImmutableArray<SettingEntry>? Read(SourceText text)
        {
            var entries = ImmutableArray.CreateBuilder<SettingEntry>();
            var content = text.ToString();

            // The name of each open element by depth: an <add> counts only directly under a settings section.
            var open = new List<string>();
            try
            {
                using var reader = XmlReader.Create(new StringReader(content), Settings);
                var lineInfo = (IXmlLineInfo)reader;
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    if (open.Count > reader.Depth)
                    {
                        open.RemoveRange(reader.Depth, open.Count - reader.Depth);
                    }

                    open.Add(reader.Name);
                    var section = reader.Depth > 0 ? open[reader.Depth - 1] : null;
                    if (reader.Name != "add" || section is not ("appSettings" or "connectionStrings"))
                    {
                        continue;
                    }

                    var (keyAttribute, valueAttribute, prefix) = section == "appSettings"
                        ? ("key", "value", string.Empty)
                        : ("name", "connectionString", ConnectionStringsPrefix);
                    var key = reader.GetAttribute(keyAttribute);
                    if (string.IsNullOrEmpty(key) || !reader.MoveToAttribute(valueAttribute))
                    {
                        continue;
                    }

                    var span = ValueSpan(text, content, lineInfo.LineNumber, lineInfo.LinePosition, reader.Value);
                    entries.Add(new SettingEntry(prefix + key, reader.Value, span));
                    reader.MoveToElement();
                }
            }
            catch (XmlException)
            {
                return null;
            }

            return entries.ToImmutable();
        }

        /// <summary>
        /// The span of the attribute's value text: the reader gives the line and column of the attribute's name, the value
        /// starts after the quote that follows it.
        /// </summary>
        private static TextSpan ValueSpan(SourceText text, string content, int line, int column, string value)
        {
            if (line < 1 || line > text.Lines.Count)
            {
                return default;
            }

            var position = text.Lines[line - 1].Start + Math.Max(column - 1, 0);
            var quote = content.IndexOfAny(new[] { '"', '\'' }, Math.Min(position, content.Length));
            if (quote < 0)
            {
                return new TextSpan(position, 0);
            }

            var end = content.IndexOf(content[quote], quote + 1);
            return TextSpan.FromBounds(quote + 1, end < 0 ? quote + 1 + value.Length : end);
        }
    }
}
