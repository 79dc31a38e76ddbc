using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareerExplorer.Web.Data;

/// <summary>
/// Decimals are stored as SQLite REAL. Reading one back must never throw: a REAL beyond what a
/// decimal holds (written before the bounds existed, or by hand) would otherwise overflow on every
/// page that reads it. Such a value reads as the largest decimal of its sign, which every bound in
/// <see cref="Rules.Bounds"/> refuses, so pages show it as invalid and admins can fix it.
/// </summary>
public sealed class StoredDecimalConverter() : ValueConverter<decimal, double>(d => (double)d, v => FromStored(v))
{
    // 2^96: decimal.MaxValue is 2^96 - 1, so every smaller double fits and this one does not.
    private const double Limit = 79228162514264337593543950336d;

    public static decimal FromStored(double value) =>
        double.IsNaN(value) ? decimal.MaxValue
        : value >= Limit ? decimal.MaxValue
        : value <= -Limit ? decimal.MinValue
        : (decimal)value;
}
