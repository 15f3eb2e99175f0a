#pragma once

#include "core/common/Error.h"

#include <optional>
#include <utility>

namespace crmlens {

// A value or an Error. Small on purpose: C++20 has no std::expected.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value, so `for (x : f().value())` does not iterate a destroyed temporary.
    T value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace crmlens
