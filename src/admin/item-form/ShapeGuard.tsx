'use client'
import React from 'react'

/**
 * The JSON tab accepts any JSON, and the form cannot draw every shape (`"legalBasis": null`): where
 * drawing it fails, this says so and points to the JSON tab, instead of the admin's error page
 * taking the whole document away. Switching tabs draws the form afresh.
 */
export class ShapeGuard extends React.Component<{ message: string; children: React.ReactNode }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  render() {
    return this.state.failed ? <p className="quanze-error">{this.props.message}</p> : this.props.children
  }
}
