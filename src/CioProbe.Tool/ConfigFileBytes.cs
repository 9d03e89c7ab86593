using System.Globalization;

namespace CioProbe.Tool
{
    /// <summary>
    /// Reads the --config file's bytes: only a regular file, only up to <see cref="MaxBytes"/>, and stoppable by a signal
    /// at every step (a FIFO's open waits for a writer; a device such as /dev/zero never ends).
    /// </summary>
    internal static class ConfigFileBytes
    {
        /// <summary>16 MiB: far beyond any appsettings.json, far below what would strain the machine.</summary>
        public const int MaxBytes = 16 * 1024 * 1024;

        /// <exception cref="UsageException">The file is not a regular file, is over the cap, or cannot be opened.</exception>
        /// <exception cref="OperationCanceledException">The token was cancelled (a signal) while opening or reading.</exception>
        public static async Task<byte[]> ReadAsync(string path, string fullPath, CancellationToken cancellationToken)
        {
            FileStream stream;
            try
            {
                // Opening a FIFO blocks until something writes to it: off this thread, so a cancellation still ends the wait.
                stream = await Task.Run(() => new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1), cancellationToken)
                    .WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (UnauthorizedAccessException)
            {
                throw new UsageException($"--config {path}: cannot be read (permission denied).");
            }
            catch (IOException ex)
            {
                throw new UsageException($"--config {path}: cannot be read ({ex.GetType().Name}).");
            }

            await using (stream.ConfigureAwait(false))
            {
                // A pipe or a socket cannot seek; a character device (/dev/zero) can, but gives more than its size of 0.
                if (!stream.CanSeek)
                {
                    throw NotRegular(path);
                }

                var size = stream.Length;
                if (size > MaxBytes)
                {
                    throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--config {path}: the file is {size:N0} bytes; the probe reads settings files of up to {MaxBytes / (1024 * 1024)} MiB."));
                }

                var buffer = new byte[size + 1];
                var read = 0;
                int last;
                do
                {
                    last = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
                    read += last;
                }
                while (last > 0 && read < buffer.Length);

                return read > size ? throw NotRegular(path) : buffer[..read];
            }
        }

        private static UsageException NotRegular(string path) =>
            new($"--config {path}: not a regular file (a device, a pipe or a socket); give the path of a JSON file.");
    }
}
