using System.Buffers;
using System.Text;

namespace CareerExplorer.Web.Infrastructure;

/// <summary>
/// Razor writes its source indentation into the HTML: a quarter of a data-heavy page such as
/// compare. This takes the indentation off the start of each line of a page (never inside pre or
/// textarea, where it is content) before the output cache stores it, so every later request for
/// that page sends fewer bytes. Line breaks stay, so text between inline elements is unchanged.
/// It works on the UTF-8 bytes in pooled buffers (every byte it looks at is ASCII, which UTF-8
/// never uses inside another character): a page of 100 KB as strings and a growing stream would
/// be several large-object allocations a request, and the full collections they cause.
/// </summary>
public static class HtmlWhitespace
{
    public static IApplicationBuilder UseHtmlWhitespaceTrim(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is null)
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new PooledBufferStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            && !context.Response.Headers.ContainsKey("Content-Encoding"))
        {
            var trimmed = ArrayPool<byte>.Shared.Rent(Math.Max(1, buffer.Written.Length));
            try
            {
                var length = Trim(buffer.Written.Span, trimmed);
                context.Response.ContentLength = length;
                await original.WriteAsync(trimmed.AsMemory(0, length), context.RequestAborted);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(trimmed);
            }
        }
        else if (buffer.Written.Length > 0) // an empty write would start the response, before a status code page can be written
            await original.WriteAsync(buffer.Written, context.RequestAborted);
    });

    /// <summary>Removes spaces and tabs after each line break, and empty lines, outside pre and textarea.</summary>
    public static string Trim(string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        var output = new byte[bytes.Length];
        return Encoding.UTF8.GetString(output, 0, Trim(bytes, output));
    }

    /// <summary>The same over UTF-8 bytes: writes the trimmed page to <paramref name="output"/> (as long as the input at least) and returns its length.</summary>
    public static int Trim(ReadOnlySpan<byte> html, Span<byte> output)
    {
        var written = 0;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == (byte)'<' && (StartsWithTag(html, i, "pre"u8) || StartsWithTag(html, i, "textarea"u8)))
            {
                var tag = StartsWithTag(html, i, "pre"u8) ? "</pre>"u8 : "</textarea>"u8;
                var found = IndexOfIgnoreCase(html[i..], tag);
                var end = found < 0 ? html.Length : i + found + tag.Length;
                html[i..end].CopyTo(output[written..]);
                written += end - i;
                i = end;
                continue;
            }
            if (c == (byte)'\n')
            {
                // One line break for any run of breaks and indentation.
                var j = i;
                while (j < html.Length && html[j] is (byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'\t')
                    j++;
                output[written++] = (byte)'\n';
                i = j;
                continue;
            }
            // Copy up to the next line break or tag in one go.
            var run = html[i..].IndexOfAny((byte)'\n', (byte)'<');
            var stop = run <= 0 ? (run == 0 ? i + 1 : html.Length) : i + run;
            html[i..stop].CopyTo(output[written..]);
            written += stop - i;
            i = stop;
        }
        return written;
    }

    private static bool StartsWithTag(ReadOnlySpan<byte> html, int at, ReadOnlySpan<byte> name) =>
        at + name.Length + 1 < html.Length
        && Ascii.EqualsIgnoreCase(html.Slice(at + 1, name.Length), name)
        && html[at + name.Length + 1] is (byte)'>' or (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\r';

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> value)
    {
        for (var i = 0; i + value.Length <= text.Length; i++)
        {
            var next = text[i..].IndexOf(value[0]);
            if (next < 0)
                return -1;
            i += next;
            if (i + value.Length <= text.Length && Ascii.EqualsIgnoreCase(text.Slice(i, value.Length), value))
                return i;
        }
        return -1;
    }

    /// <summary>A write-only stream over buffers rented from the shared pool, returned when it is disposed.</summary>
    private sealed class PooledBufferStream : Stream
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        private int _length;

        public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_length + buffer.Length > _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + buffer.Length));
                _buffer.AsSpan(0, _length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }
            buffer.CopyTo(_buffer.AsSpan(_length));
            _length += buffer.Length;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override void Flush() { }
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (_length >= 0 && disposing)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = [];
                _length = -1;
            }
            base.Dispose(disposing);
        }
    }
}
